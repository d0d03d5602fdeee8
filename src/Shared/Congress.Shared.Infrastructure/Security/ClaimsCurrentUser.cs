using System.Security.Claims;
using Congress.Shared.Infrastructure.Portal;
using Microsoft.AspNetCore.Http;

namespace Congress.Shared.Infrastructure.Security;

/// <summary>The claims every sign-in (cookie, bearer token, external login) carries.</summary>
public static class CongressClaims
{
    public const string Organisation = "congress:organisation";

    /// <summary>On a delegate's account: the delegate it belongs to.</summary>
    public const string Delegate = "congress:delegate";
}

/// <summary>The caller from the request's principal, or the portal circuit's, or the system when there is neither.</summary>
public sealed class ClaimsCurrentUser(IHttpContextAccessor http, CircuitPrincipal circuit) : ICurrentUser
{
    private ClaimsPrincipal? Principal =>
        circuit.User is { Identity.IsAuthenticated: true } portalUser ? portalUser
        : http.HttpContext?.User is { Identity.IsAuthenticated: true } requestUser ? requestUser
        : null;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string UserName => Principal?.Identity?.Name ?? SystemUser.Instance.UserName;

    public Guid? OrganisationId => Guid.TryParse(Principal?.FindFirstValue(CongressClaims.Organisation), out var id) ? id : null;

    public Guid? DelegateId => Guid.TryParse(Principal?.FindFirstValue(CongressClaims.Delegate), out var id) ? id : null;

    public bool IsInRole(string role) => Principal is { } principal ? principal.IsInRole(role) : SystemUser.Instance.IsInRole(role);
}
