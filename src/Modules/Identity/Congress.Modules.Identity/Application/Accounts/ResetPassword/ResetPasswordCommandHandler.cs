using Congress.Modules.Identity.Domain.Accounts;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Congress.Modules.Identity.Application.Accounts.ResetPassword;

internal sealed class ResetPasswordCommandHandler(AdministeredAccounts accounts, IPasswordHasher<UserAccount> hasher, IAccountSessionCache sessions)
    : IRequestHandler<ResetPasswordCommand, Result>
{
    public async Task<Result> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var found = await accounts.FindAsync(command.AccountId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        found.Value.SetPasswordHash(hasher.HashPassword(found.Value, command.NewPassword));
        sessions.Forget(command.AccountId);
        return Result.Success();
    }
}
