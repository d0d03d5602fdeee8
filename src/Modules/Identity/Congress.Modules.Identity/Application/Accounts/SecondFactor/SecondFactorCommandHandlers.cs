using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Modules.Identity.Infrastructure.Security;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Identity.Application.Accounts.SecondFactor;

internal sealed class SecondFactorCommandHandlers(IdentityDbContext db, ICurrentUser user, AdministeredAccounts administered,
    TotpAuthenticator totp, AccountSessions sessions, IClock clock)
    : IRequestHandler<BeginTotpEnrolmentCommand, Result<TotpEnrolmentDto>>, IRequestHandler<ConfirmTotpCommand, Result>,
      IRequestHandler<ResetTotpCommand, Result<TotpEnrolmentDto>>, IRequestHandler<RemoveTotpCommand, Result>
{
    public static readonly Error WrongCode = new("identity.totp_code", "Mã xác thực không đúng.");

    public async Task<Result<TotpEnrolmentDto>> Handle(BeginTotpEnrolmentCommand command, CancellationToken cancellationToken)
    {
        var own = await OwnAccountAsync(cancellationToken);
        if (own.IsFailure) return own.Error!;
        var account = own.Value;
        if (account.TotpActive)
            return Error.Conflict("identity.totp_active", "Tài khoản đã có xác thực hai lớp; để đổi thiết bị, hãy nhờ quản trị hệ thống hoặc Ban Tổ chức cấp lại.");
        var (base32, protectedSecret) = totp.NewSecret();
        account.BeginTotp(protectedSecret);
        return new TotpEnrolmentDto(TotpAuthenticator.Uri(account.UserName, base32), base32);
    }

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

    public async Task<Result<TotpEnrolmentDto>> Handle(ResetTotpCommand command, CancellationToken cancellationToken)
    {
        var found = await administered.FindAsync(command.AccountId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var (base32, protectedSecret) = totp.NewSecret();
        found.Value.ReplaceTotp(protectedSecret);
        sessions.Forget(command.AccountId);
        return new TotpEnrolmentDto(TotpAuthenticator.Uri(found.Value.UserName, base32), base32);
    }

    public async Task<Result> Handle(RemoveTotpCommand command, CancellationToken cancellationToken)
    {
        var found = await administered.FindAsync(command.AccountId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        found.Value.RemoveTotp();
        sessions.Forget(command.AccountId);
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
