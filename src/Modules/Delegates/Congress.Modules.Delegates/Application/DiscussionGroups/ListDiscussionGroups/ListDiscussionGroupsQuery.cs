using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.DiscussionGroups.ListDiscussionGroups;

internal sealed record ListDiscussionGroupsQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<DiscussionGroupDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ReadDelegates, AccessScope.Congress(CongressId));
}
