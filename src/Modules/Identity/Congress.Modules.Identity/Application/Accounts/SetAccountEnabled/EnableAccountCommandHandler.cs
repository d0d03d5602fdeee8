using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Identity.Application.Accounts.SetAccountEnabled;

internal sealed class EnableAccountCommandHandler(AdministeredAccounts accounts, IAccountSessionCache sessions)
    : IRequestHandler<EnableAccountCommand, Result<AccountDto>>
{
    public async Task<Result<AccountDto>> Handle(EnableAccountCommand command, CancellationToken cancellationToken)
    {
        var found = await accounts.FindAsync(command.AccountId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        found.Value.Enable();
        sessions.Forget(command.AccountId);
        return AccountMapping.ToDto(found.Value);
    }
}
