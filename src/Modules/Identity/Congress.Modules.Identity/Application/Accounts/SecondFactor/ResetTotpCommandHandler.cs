using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Identity.Application.Accounts.SecondFactor;

internal sealed class ResetTotpCommandHandler(AdministeredAccounts administered, TotpAuthenticator totp, IAccountSessionCache sessions)
    : IRequestHandler<ResetTotpCommand, Result<TotpEnrolmentDto>>
{
    public async Task<Result<TotpEnrolmentDto>> Handle(ResetTotpCommand command, CancellationToken cancellationToken)
    {
        var found = await administered.FindAsync(command.AccountId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var (base32, protectedSecret) = totp.NewSecret();
        found.Value.ReplaceTotp(protectedSecret);
        sessions.Forget(command.AccountId);
        return new TotpEnrolmentDto(TotpAuthenticator.Uri(found.Value.UserName, base32), base32);
    }
}
