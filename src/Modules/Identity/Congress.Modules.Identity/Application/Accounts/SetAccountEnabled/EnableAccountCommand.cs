using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Application.Accounts.SetAccountEnabled;

/// <summary>A disabled account may sign in again (with its password; its old sessions stay ended).</summary>
internal sealed record EnableAccountCommand(Guid AccountId) : ICommand<Result<AccountDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(IdentityRoles.ManageAccounts, AccessScope.CallerSubtree);
}
