using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Polls.PublishResult;

/// <summary>Tallies a closed poll and publishes its result; publishing again answers with the published result.</summary>
internal sealed record PublishResultCommand(Guid PollId) : ICommand<Result<PollDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(VotingRoles.ManagePolls, AccessScope.Resource(VotingResources.Poll, PollId));
}
