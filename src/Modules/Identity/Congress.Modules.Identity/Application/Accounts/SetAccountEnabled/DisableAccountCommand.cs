using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Application.Accounts.SetAccountEnabled;

/// <summary>The account can no longer sign in, and every cookie and token it holds stops working.</summary>
internal sealed record DisableAccountCommand(Guid AccountId) : ICommand<Result<AccountDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(IdentityRoles.ManageAccounts, AccessScope.CallerSubtree);
}
