using System.Security.Claims;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
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
        var principal = scope.ServiceProvider.GetRequiredService<CircuitPrincipal>();
        principal.User = circuitPrincipal.User;
        principal.FromPortal = true;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }

    /// <summary>
    /// Whether the signed-in user holds one of <paramref name="roles"/>: what a page asks before it shows a button. Only a
    /// second fence: the request itself is refused in the pipeline whatever the page shows.
    /// </summary>
    public bool May(IReadOnlyList<string> roles) => circuitPrincipal.User is { } user && roles.Any(user.IsInRole);

    /// <summary>
    /// Sends a command; invalid input, a refusal and a write the database refused (someone else's change committed first, a
    /// clash with a row already there — <see cref="StoreConflicts"/>) come back as a failed result, for the page to show.
    /// </summary>
    public async Task<Result<T>> Run<T>(IRequest<Result<T>> request, CancellationToken cancellationToken = default)
    {
        try { return await Send(request, cancellationToken); }
        catch (ValidationException invalid) { return Result<T>.Failure(Invalid(invalid)); }
        catch (RequestRefusedException refused) { return Result<T>.Failure(refused.Error); }
        catch (DbUpdateException refusedWrite) { return Result<T>.Failure(StoreConflicts.ErrorFor(refusedWrite)!); }
    }

    /// <inheritdoc cref="Run{T}"/>
    public async Task<Result> Run(IRequest<Result> request, CancellationToken cancellationToken = default)
    {
        try { return await Send(request, cancellationToken); }
        catch (ValidationException invalid) { return Result.Failure(Invalid(invalid)); }
        catch (RequestRefusedException refused) { return Result.Failure(refused.Error); }
        catch (DbUpdateException refusedWrite) { return Result.Failure(StoreConflicts.ErrorFor(refusedWrite)!); }
    }

    private static Error Invalid(ValidationException invalid) =>
        new("validation", string.Join(" ", invalid.Errors.Select(e => e.ErrorMessage).Distinct()));
}

/// <summary>The user of the current Blazor circuit (HttpContext is not there once the circuit runs).</summary>
public sealed class CircuitPrincipal
{
    public ClaimsPrincipal? User { get; set; }

    /// <summary>Set for work done on behalf of a portal circuit: without a signed-in <see cref="User"/> it is anonymous, never the system.</summary>
    public bool FromPortal { get; set; }
}
