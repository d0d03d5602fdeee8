using Congress.Shared.Infrastructure.Security;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Congress.Modules.Identity.Application.Accounts;
using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Identity.Infrastructure.Security;

/// <summary>Claims only this module issues and reads.</summary>
internal static class IdentityClaims
{
    /// <summary>The account's security stamp when the cookie or token was issued.</summary>
    public const string SecurityStamp = "congress:stamp";
}

/// <summary>
/// Is a signed-in principal still good? Its account must exist, be enabled and still carry the security stamp the
/// principal was issued with. Asked on every request (cookie and bearer token) and by every open portal circuit. The
/// answer for one account is kept for <see cref="CheckInterval"/> (Security:SessionCheckSeconds, default 5 s): a password
/// change, reset, disabling or revocation on another host takes effect here within that time, and at once on the host
/// that made it.
/// </summary>
internal sealed class AccountSessions(IServiceScopeFactory scopes, TimeSpan checkInterval) : IAccountSessionCache, ISessionValidity
{
    private sealed record State(string Stamp, bool IsDisabled);
    private readonly record struct Cached(State? State, long LoadedAt);

    private readonly ConcurrentDictionary<Guid, Cached> _cache = new();

    public TimeSpan CheckInterval => checkInterval;

    /// <param name="fresh">Read the database even when a recent answer is at hand.</param>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, bool fresh, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId)) return false;
        var stamp = principal.FindFirstValue(IdentityClaims.SecurityStamp);
        if (string.IsNullOrEmpty(stamp)) return false; // issued before stamps existed, or not by this module
        var state = await StateAsync(accountId, fresh, cancellationToken);
        return state is { IsDisabled: false } && state.Stamp.Length > 0
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(state.Stamp), Encoding.UTF8.GetBytes(stamp));
    }

    /// <summary>For long-lived streams: the same check as every request, with the answer kept for <see cref="CheckInterval"/>.</summary>
    public Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken) => IsCurrentAsync(principal, fresh: false, cancellationToken);

    /// <summary>Drops the kept answer for an account this host has just changed.</summary>
    public void Forget(Guid accountId) => _cache.TryRemove(accountId, out _);

    private async Task<State?> StateAsync(Guid accountId, bool fresh, CancellationToken cancellationToken)
    {
        if (!fresh && _cache.TryGetValue(accountId, out var cached) && Stopwatch.GetElapsedTime(cached.LoadedAt) < checkInterval) return cached.State;
        var loadedAt = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var id = new UserAccountId(accountId);
        var state = await db.Accounts.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new State(a.SecurityStamp, a.IsDisabled)).FirstOrDefaultAsync(cancellationToken);
        _cache[accountId] = new Cached(state, loadedAt);
        return state;
    }
}
