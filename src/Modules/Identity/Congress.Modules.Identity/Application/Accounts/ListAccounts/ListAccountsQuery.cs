using Congress.Modules.Identity.Application.Accounts;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;

namespace Congress.Modules.Identity.Application.Accounts.ListAccounts;

internal sealed record ListAccountsQuery : IQuery<IReadOnlyList<AccountDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(IdentityRoles.ManageAccounts, AccessScope.CallerSubtree);
}
