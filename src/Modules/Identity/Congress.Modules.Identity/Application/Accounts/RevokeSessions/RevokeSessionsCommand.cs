using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Identity.Application.Accounts.RevokeSessions;

/// <summary>"Sign out everywhere": every cookie and bearer token of the account stops working; its password stays.</summary>
internal sealed record RevokeSessionsCommand(Guid AccountId) : ICommand<Result>
{
    RequestAccess IAuthorisedRequest.Access => new(IdentityRoles.ManageAccounts, AccessScope.CallerSubtree);
}
