using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Polls.ListPolls;

internal sealed record ListPollsQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<PollDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(VotingRoles.ReadPolls, AccessScope.Congress(CongressId));
}
