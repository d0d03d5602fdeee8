using System.Security.Claims;
using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Identity.Application.Accounts.SignIn;

internal sealed class SignInCommandHandler(IdentityDbContext db, IPasswordHasher<UserAccount> hasher, IClock clock, LockoutPolicy lockout,
    ILogger<SignInCommandHandler> logger)
    : IRequestHandler<SignInCommand, Result<SignInOutcome>>, IRequestHandler<ExternalSignInQuery, Result<ClaimsPrincipal>>
{
    /// <summary>Checked when there is no password to check (unknown user, locked account), so that such answers take as long as a wrong password.</summary>
    private static readonly Lazy<(UserAccount Account, string Hash)> Decoy = new(() =>
    {
        var account = UserAccount.Create("decoy", "decoy", [Roles.Observer], Guid.Empty, null, DateTime.UnixEpoch).Value;
        return (account, new PasswordHasher<UserAccount>().HashPassword(account, Guid.NewGuid().ToString()));
    });

    public async Task<Result<SignInOutcome>> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        var userName = (command.UserName ?? "").Trim().ToLowerInvariant();
        var password = command.Password ?? "";
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.UserName == userName, cancellationToken);
        var now = clock.UtcNow;
        if (account is null || account.IsLockedOut(now))
        {
            // A locked account does not even look at the password: an attacker learns nothing while it is locked.
            hasher.VerifyHashedPassword(Decoy.Value.Account, Decoy.Value.Hash, password);
            return SignInOutcome.Refused;
        }
        if (hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            if (account.RecordFailedSignIn(now, lockout))
                logger.LogWarning("Account {UserName} locked until {Until:o} after {Threshold} wrong passwords", account.UserName, account.LockedUntilUtc, lockout.Threshold);
            return SignInOutcome.Refused;
        }
        if (account.IsDisabled) return SignInOutcome.Refused;
        account.RecordSuccessfulSignIn();
        return new SignInOutcome(AccountMapping.ToPrincipal(account, command.AuthenticationType));
    }

    public async Task<Result<ClaimsPrincipal>> Handle(ExternalSignInQuery query, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.ExternalSubject == query.Subject, cancellationToken);
        return account is null || account.IsDisabled
            ? Error.Forbidden("identity.external", "Tài khoản định danh điện tử này chưa được gắn với tài khoản nào của hệ thống.")
            : AccountMapping.ToPrincipal(account, query.AuthenticationType);
    }
}
