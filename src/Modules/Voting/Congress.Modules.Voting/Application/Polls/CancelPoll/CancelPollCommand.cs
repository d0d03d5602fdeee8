using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Polls.CancelPoll;

/// <summary>Cancels a poll with a reason (kept with the poll and in the audit trail).</summary>
internal sealed record CancelPollCommand(Guid PollId, string Reason) : ICommand<Result<PollDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(VotingRoles.ManagePolls, AccessScope.Resource(VotingResources.Poll, PollId));
}
