using System.Security.Claims;
using Congress.Shared.Kernel;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Shared.Infrastructure.Portal;

/// <summary>
/// How portal components talk to their module: each request runs in its own DI scope (a fresh DbContext,
/// as a REST request would get), on behalf of the signed-in user of the circuit.
/// </summary>
public sealed class PortalSender(IServiceScopeFactory scopes, CircuitPrincipal circuitPrincipal)
{
    public async Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CircuitPrincipal>().User = circuitPrincipal.User;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }

    /// <summary>Sends a command; invalid input comes back as a failed result with the validators' messages, for the page to show.</summary>
    public async Task<Result<T>> Run<T>(IRequest<Result<T>> request, CancellationToken cancellationToken = default)
    {
        try { return await Send(request, cancellationToken); }
        catch (ValidationException invalid) { return Result<T>.Failure(Invalid(invalid)); }
    }

    /// <inheritdoc cref="Run{T}"/>
    public async Task<Result> Run(IRequest<Result> request, CancellationToken cancellationToken = default)
    {
        try { return await Send(request, cancellationToken); }
        catch (ValidationException invalid) { return Result.Failure(Invalid(invalid)); }
    }

    private static Error Invalid(ValidationException invalid) =>
        new("validation", string.Join(" ", invalid.Errors.Select(e => e.ErrorMessage).Distinct()));
}

/// <summary>The user of the current Blazor circuit (HttpContext is not there once the circuit runs).</summary>
public sealed class CircuitPrincipal
{
    public ClaimsPrincipal? User { get; set; }
}
