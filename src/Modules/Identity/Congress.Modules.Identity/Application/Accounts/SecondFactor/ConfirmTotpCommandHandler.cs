using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Identity.Application.Accounts.SecondFactor;

internal sealed class ConfirmTotpCommandHandler(IdentityDbContext db, ICurrentUser user, TotpAuthenticator totp, IAccountSessionCache sessions, IClock clock)
    : IRequestHandler<ConfirmTotpCommand, Result>
{
    public static readonly Error WrongCode = new("identity.totp_code", "Mã xác thực không đúng.");

    public async Task<Result> Handle(ConfirmTotpCommand command, CancellationToken cancellationToken)
    {
        var own = await OwnAccountAsync(cancellationToken);
        if (own.IsFailure) return own.Error!;
        var account = own.Value;
        if (account.TotpActive) return Error.Conflict("identity.totp_active", "Xác thực hai lớp đã được kích hoạt.");
        if (account.TotpSecretProtected is null)
            return new Error("identity.totp_not_enrolled", "Chưa đăng ký ứng dụng xác thực: hãy bắt đầu đăng ký trước.");
        if (totp.Verify(account.TotpSecretProtected, command.Code, clock.UtcNow) is not { } step) return WrongCode;
        account.ActivateTotp(step);
        sessions.Forget(account.Id.Value);
        return Result.Success();
    }

    private async Task<Result<UserAccount>> OwnAccountAsync(CancellationToken cancellationToken)
    {
        // Always the caller's own account, never one named in the request.
        if (user.UserId is not { } accountId) return Error.Forbidden("identity.sign_in_required", "Cần đăng nhập.");
        var id = new UserAccountId(accountId);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return account is null || account.IsDisabled ? AdministeredAccounts.NotFound : account;
    }
}
