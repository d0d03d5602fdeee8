using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.DiscussionGroups.AssignDelegateToGroup;

/// <summary>Moves one delegate to another discussion group by hand.</summary>
internal sealed record AssignDelegateToGroupCommand(Guid DelegateId, Guid GroupId) : ICommand<Result>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ManageGroups, AccessScope.Resource(DelegatesResources.Delegate, DelegateId));
}
