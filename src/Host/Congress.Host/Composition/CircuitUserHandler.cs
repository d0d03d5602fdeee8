using Congress.Shared.Infrastructure.Portal;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Congress.Host.Composition;

/// <summary>Copies the signed-in user into the circuit's scope, where HttpContext no longer is.</summary>
internal sealed class CircuitUserHandler(AuthenticationStateProvider authentication, CircuitPrincipal principal) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        principal.FromPortal = true;
        principal.User = (await authentication.GetAuthenticationStateAsync()).User;
        authentication.AuthenticationStateChanged += OnChanged;
    }

    private async void OnChanged(Task<AuthenticationState> state) => principal.User = (await state).User;

    public void Dispose() => authentication.AuthenticationStateChanged -= OnChanged;
}
