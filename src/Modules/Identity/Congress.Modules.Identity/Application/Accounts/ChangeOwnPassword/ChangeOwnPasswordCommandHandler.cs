using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Identity.Application.Accounts.ChangeOwnPassword;

internal sealed class ChangeOwnPasswordCommandHandler(IdentityDbContext db, IPasswordHasher<UserAccount> hasher, ICurrentUser user, IAccountSessionCache sessions)
    : IRequestHandler<ChangeOwnPasswordCommand, Result>
{
    public async Task<Result> Handle(ChangeOwnPasswordCommand command, CancellationToken cancellationToken)
    {
        // The account is the caller's own, always: never one named in the request.
        if (user.UserId is not { } accountId) return Error.Forbidden("identity.sign_in_required", "Cần đăng nhập.");
        var id = new UserAccountId(accountId);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null || account.IsDisabled) return AdministeredAccounts.NotFound;
        if (hasher.VerifyHashedPassword(account, account.PasswordHash, command.CurrentPassword ?? "") == PasswordVerificationResult.Failed)
            return new Error("identity.current_password", "Mật khẩu hiện tại không đúng.");
        account.SetPasswordHash(hasher.HashPassword(account, command.NewPassword));
        sessions.Forget(accountId);
        return Result.Success();
    }
}
