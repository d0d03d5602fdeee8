using System.Security.Claims;
using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Modules.Identity.Application.Accounts.SecondFactor;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Identity.Application.Accounts.SignIn;

internal sealed class SignInCommandHandler(IdentityDbContext db, IPasswordHasher<UserAccount> hasher, IClock clock, LockoutPolicy lockout,
    TotpAuthenticator totp, SecondFactorPolicy secondFactor, ILogger<SignInCommandHandler> logger)
    : IRequestHandler<SignInCommand, Result<SignInOutcome>>
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
        // The second factor is asked for only after a right password: a guesser without it learns nothing more.
        if (account.TotpActive)
        {
            if (string.IsNullOrWhiteSpace(command.Code)) return SignInOutcome.CodeRequired;
            // A wrong or replayed code counts towards the lockout like a wrong password.
            if (totp.Verify(account.TotpSecretProtected, command.Code, now) is not { } step || !account.UseTotpStep(step))
            {
                if (account.RecordFailedSignIn(now, lockout))
                    logger.LogWarning("Account {UserName} locked until {Until:o} after {Threshold} wrong passwords or codes", account.UserName, account.LockedUntilUtc, lockout.Threshold);
                return SignInOutcome.CodeWrong;
            }
        }
        else if (secondFactor.AppliesTo(account.Roles))
            return SignInOutcome.EnrolmentRequired;
        account.RecordSuccessfulSignIn();
        return new SignInOutcome(AccountMapping.ToPrincipal(account, command.AuthenticationType));
    }
}
