using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.DiscussionGroups.DistributeDelegates;

/// <summary>
/// Divides the congress's official and alternate delegates into <paramref name="GroupCount"/> discussion groups,
/// keeping each delegation together and the groups as even as possible. Missing groups are created ("Tổ 1", …).
/// Hand adjustments afterwards go through AssignDelegateToGroup.
/// </summary>
internal sealed record DistributeDelegatesCommand(Guid CongressId, int GroupCount) : ICommand<Result<IReadOnlyList<DiscussionGroupDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ManageGroups, AccessScope.Congress(CongressId));
}
