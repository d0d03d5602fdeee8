using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Polls.ReopenPoll;

/// <summary>Opens a closed poll again, with a reason; the ballots already cast stay.</summary>
internal sealed record ReopenPollCommand(Guid PollId, string Reason, int? CloseAfterMinutes = null) : ICommand<Result<PollDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(VotingRoles.ManagePolls, AccessScope.Resource(VotingResources.Poll, PollId));
}
