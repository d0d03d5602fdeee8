using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Identity.Application.Accounts.SetAccountEnabled;

internal sealed class DisableAccountCommandHandler(AdministeredAccounts accounts, ICurrentUser user, IAccountSessionCache sessions)
    : IRequestHandler<DisableAccountCommand, Result<AccountDto>>
{
    public async Task<Result<AccountDto>> Handle(DisableAccountCommand command, CancellationToken cancellationToken)
    {
        if (user.UserId == command.AccountId)
            return Error.Conflict("identity.disable_self", "Không thể tự khoá tài khoản đang dùng.");
        var found = await accounts.FindAsync(command.AccountId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        found.Value.Disable();
        sessions.Forget(command.AccountId);
        return AccountMapping.ToDto(found.Value);
    }
}
