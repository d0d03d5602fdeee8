using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Kernel = Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Infrastructure.Security;

/// <summary>
/// For test and bench hosts only (visible to Congress.Testing and Congress.Bench, called by nothing in the product): the
/// account behind the bearer tokens they mint directly, so that those tokens pass the security-stamp check. One account
/// per role and organisation, whose password nobody knows, made on first use and then remembered for the host: a storm
/// of 2,000 delegates' tokens (each with its own delegate claim) writes one row, before the storm, not 2,000 during it.
/// </summary>
internal static class TestAccounts
{
    private static readonly Lock Gate = new();
    private static readonly ConditionalWeakTable<IServiceProvider, ConcurrentDictionary<string, (Guid, string)>> Minted = new();
    private static readonly Lazy<string> UnusablePasswordHash = new(() =>
        new PasswordHasher<UserAccount>().HashPassword(null!, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))));

    /// <param name="own">An account of its own under this name (a bench whose tablets must each pay their own session check).</param>
    /// <returns>The account's id and its security stamp, for the token's claims.</returns>
    public static (Guid AccountId, string Stamp) Ensure(IServiceProvider services, string role, Guid? organisationId, string? own = null)
    {
        var userName = $"test.{role}.{organisationId?.ToString("N") ?? "all"}{(own is null ? "" : $".{own}")}";
        var minted = Minted.GetOrCreateValue(services);
        if (minted.TryGetValue(userName, out var known)) return known;
        lock (Gate)
        {
            if (minted.TryGetValue(userName, out known)) return known;
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            var account = db.Accounts.FirstOrDefault(a => a.UserName == userName);
            if (account is null)
            {
                account = UserAccount.Create(userName, userName, [role], organisationId ?? (role == Kernel.Roles.SystemAdmin ? null : Guid.Empty), null, DateTime.UtcNow).Value;
                account.SetPasswordHash(UnusablePasswordHash.Value);
                db.Accounts.Add(account);
                db.SaveChanges();
            }
            return minted[userName] = (account.Id.Value, account.SecurityStamp);
        }
    }
}
