using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Identity.Application.Accounts.SecondFactor;

internal sealed class ConfirmTotpCommandHandler(AdministeredAccounts accounts, TotpAuthenticator totp, IAccountSessionCache sessions, IClock clock)
    : IRequestHandler<ConfirmTotpCommand, Result>
{
    public static readonly Error WrongCode = new("identity.totp_code", "Mã xác thực không đúng.");

    public async Task<Result> Handle(ConfirmTotpCommand command, CancellationToken cancellationToken)
    {
        var own = await accounts.OwnAsync(cancellationToken);
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
}
