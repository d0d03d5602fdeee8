using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.DiscussionGroups.CreateDiscussionGroup;

internal sealed record CreateDiscussionGroupCommand(Guid CongressId, int Number, string Name, string? Location) : ICommand<Result<Guid>>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ManageGroups, AccessScope.Congress(CongressId));
}
