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

/// <summary>
/// The caller from the portal circuit's principal, or the HTTP request's. A request or a portal action without a sign-in
/// is anonymous (no roles); only work that comes from neither — a job, a command-line verb — runs as the system.
/// </summary>
public sealed class ClaimsCurrentUser(IHttpContextAccessor http, CircuitPrincipal circuit) : ICurrentUser
{
    /// <remarks>
    /// Once a circuit has a user, a portal action is that user and no one else: inside a circuit the HTTP context (when
    /// there is one) is the connection's, whose user was signed in when the page opened and stays so after the circuit
    /// signed them out (a disabled account, ended sessions: docs/adr/0011). While a page is prerendered there is no
    /// circuit user yet, and the request's user is the caller.
    /// </remarks>
    private ClaimsPrincipal? Principal =>
        circuit.User is { Identity.IsAuthenticated: true } portalUser ? portalUser
        : circuit is { FromPortal: true, User: not null } ? null
        : http.HttpContext?.User is { Identity.IsAuthenticated: true } requestUser ? requestUser
        : null;

    /// <summary>Neither a signed-in user nor a request or portal circuit that could have carried one.</summary>
    private bool IsSystem => Principal is null && http.HttpContext is null && !circuit.FromPortal;

    public bool IsAuthenticated => Principal is not null || IsSystem;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string UserName => Principal?.Identity?.Name ?? (IsSystem ? SystemUser.Instance.UserName : "anonymous");

    public Guid? OrganisationId => Guid.TryParse(Principal?.FindFirstValue(CongressClaims.Organisation), out var id) ? id : null;

    public Guid? DelegateId => Guid.TryParse(Principal?.FindFirstValue(CongressClaims.Delegate), out var id) ? id : null;

    public bool IsInRole(string role) => Principal is { } principal ? principal.IsInRole(role) : IsSystem && SystemUser.Instance.IsInRole(role);
}
