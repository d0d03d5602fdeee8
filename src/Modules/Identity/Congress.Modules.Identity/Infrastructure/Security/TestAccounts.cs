using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Kernel = Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Infrastructure.Security;

/// <summary>
/// For test and bench hosts only (visible to Congress.Testing and Congress.Bench, called by nothing in the product): the
/// account behind a bearer token they mint directly, so that the token passes the security-stamp check. The delegate's
/// existing account when there is one, else one account per role, organisation and delegate, whose password nobody knows.
/// </summary>
internal static class TestAccounts
{
    private static readonly Lock Gate = new();
    private static readonly Lazy<string> UnusablePasswordHash = new(() =>
        new PasswordHasher<UserAccount>().HashPassword(null!, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))));

    public static (Guid AccountId, string Stamp) Ensure(IServiceProvider services, string role, Guid? organisationId, Guid? delegateId)
    {
        lock (Gate) // one writer at a time: a storm mints 2,000 tokens from 128 threads
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            var userName = $"test.{role}.{organisationId?.ToString("N") ?? "all"}.{delegateId?.ToString("N") ?? "none"}";
            var account = (delegateId is { } id ? db.Accounts.FirstOrDefault(a => a.DelegateId == id) : null)
                ?? db.Accounts.FirstOrDefault(a => a.UserName == userName);
            if (account is null)
            {
                account = UserAccount.Create(userName, userName, [role],
                    organisationId ?? (role == Kernel.Roles.SystemAdmin ? null : Guid.Empty), null, DateTime.UtcNow).Value;
                account.SetPasswordHash(UnusablePasswordHash.Value);
                account.LinkDelegate(delegateId);
                db.Accounts.Add(account);
                db.SaveChanges();
            }
            return (account.Id.Value, account.SecurityStamp);
        }
    }
}
