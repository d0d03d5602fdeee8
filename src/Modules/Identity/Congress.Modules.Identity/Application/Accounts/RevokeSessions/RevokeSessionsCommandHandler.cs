using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Identity.Application.Accounts.RevokeSessions;

internal sealed class RevokeSessionsCommandHandler(AdministeredAccounts accounts, IAccountSessionCache sessions) : IRequestHandler<RevokeSessionsCommand, Result>
{
    public async Task<Result> Handle(RevokeSessionsCommand command, CancellationToken cancellationToken)
    {
        var found = await accounts.FindAsync(command.AccountId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        found.Value.RenewSecurityStamp();
        sessions.Forget(command.AccountId);
        return Result.Success();
    }
}
