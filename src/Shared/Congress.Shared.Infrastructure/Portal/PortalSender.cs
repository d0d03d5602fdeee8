using System.Security.Claims;
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
}

/// <summary>The user of the current Blazor circuit (HttpContext is not there once the circuit runs).</summary>
public sealed class CircuitPrincipal
{
    public ClaimsPrincipal? User { get; set; }
}
