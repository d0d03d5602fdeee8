using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Polls.GetPoll;

internal sealed record GetPollQuery(Guid PollId) : IQuery<Result<PollDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(VotingRoles.ReadPolls, AccessScope.Resource(VotingResources.Poll, PollId));
}
