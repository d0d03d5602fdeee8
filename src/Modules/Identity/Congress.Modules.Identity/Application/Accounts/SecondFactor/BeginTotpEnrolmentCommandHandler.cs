using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Identity.Application.Accounts.SecondFactor;

internal sealed class BeginTotpEnrolmentCommandHandler(AdministeredAccounts accounts, TotpAuthenticator totp)
    : IRequestHandler<BeginTotpEnrolmentCommand, Result<TotpEnrolmentDto>>
{
    public async Task<Result<TotpEnrolmentDto>> Handle(BeginTotpEnrolmentCommand command, CancellationToken cancellationToken)
    {
        var own = await accounts.OwnAsync(cancellationToken);
        if (own.IsFailure) return own.Error!;
        var account = own.Value;
        if (account.TotpActive)
            return Error.Conflict("identity.totp_active", "Tài khoản đã có xác thực hai lớp; để đổi thiết bị, hãy nhờ quản trị hệ thống hoặc Ban Tổ chức cấp lại.");
        var (base32, protectedSecret) = totp.NewSecret();
        account.BeginTotp(protectedSecret);
        return new TotpEnrolmentDto(TotpAuthenticator.Uri(account.UserName, base32), base32);
    }
}
