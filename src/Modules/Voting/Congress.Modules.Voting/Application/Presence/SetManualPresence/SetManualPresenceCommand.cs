using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Presence.SetManualPresence;

/// <summary>The secretariat marks delegates present or absent by hand, for congresses with no roll call running.</summary>
internal sealed record SetManualPresenceCommand(Guid CongressId, IReadOnlyList<Guid> DelegateIds, bool Present) : ICommand<Result<int>>
{
    RequestAccess IAuthorisedRequest.Access => new(VotingRoles.ManagePolls, AccessScope.Congress(CongressId));
}
