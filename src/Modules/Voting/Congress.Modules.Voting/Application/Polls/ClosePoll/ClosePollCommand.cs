using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Polls.ClosePoll;

/// <summary>Closes voting; closing a poll that is already closed answers with it as it is.</summary>
internal sealed record ClosePollCommand(Guid PollId) : ICommand<Result<PollDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(VotingRoles.ManagePolls, AccessScope.Resource(VotingResources.Poll, PollId));
}
