using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Polls.OpenPoll;

/// <param name="CloseAfterMinutes">Closes the poll by itself after this many minutes (a job on the job port), if given.</param>
internal sealed record OpenPollCommand(Guid PollId, int? CloseAfterMinutes = null) : ICommand<Result<PollDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(VotingRoles.ManagePolls, AccessScope.Resource(VotingResources.Poll, PollId));
}
