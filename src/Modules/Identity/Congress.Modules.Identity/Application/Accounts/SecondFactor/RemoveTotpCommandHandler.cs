using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Identity.Application.Accounts.SecondFactor;

internal sealed class RemoveTotpCommandHandler(AdministeredAccounts administered, IAccountSessionCache sessions)
    : IRequestHandler<RemoveTotpCommand, Result>
{
    public async Task<Result> Handle(RemoveTotpCommand command, CancellationToken cancellationToken)
    {
        var found = await administered.FindAsync(command.AccountId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        found.Value.RemoveTotp();
        sessions.Forget(command.AccountId);
        return Result.Success();
    }
}
