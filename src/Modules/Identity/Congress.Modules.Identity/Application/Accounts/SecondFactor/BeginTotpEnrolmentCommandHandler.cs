using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Identity.Application.Accounts.SecondFactor;

internal sealed class BeginTotpEnrolmentCommandHandler(IdentityDbContext db, ICurrentUser user, TotpAuthenticator totp)
    : IRequestHandler<BeginTotpEnrolmentCommand, Result<TotpEnrolmentDto>>
{
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

    private async Task<Result<UserAccount>> OwnAccountAsync(CancellationToken cancellationToken)
    {
        // Always the caller's own account, never one named in the request.
        if (user.UserId is not { } accountId) return Error.Forbidden("identity.sign_in_required", "Cần đăng nhập.");
        var id = new UserAccountId(accountId);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return account is null || account.IsDisabled ? AdministeredAccounts.NotFound : account;
    }
}
