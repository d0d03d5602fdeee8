using System.Security.Claims;

namespace Congress.Shared.Infrastructure.Security;

/// <summary>
/// Is a signed-in caller's session still good — not signed out everywhere, disabled, or ended by a revoked tablet?
/// Every request is checked when it starts; a live feed (server-sent events) that stays open for hours asks again before
/// each event it sends, so a lost tablet stops receiving as soon as its sessions are ended. Implemented by Identity.
/// </summary>
public interface ISessionValidity
{
    Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken);
}
