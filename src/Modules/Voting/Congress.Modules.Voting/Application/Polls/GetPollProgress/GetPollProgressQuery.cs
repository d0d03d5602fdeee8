using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Polls.GetPollProgress;

/// <summary>Live progress for the chair: ballots cast against the eligible, and who has not voted yet by delegation — never what anyone voted.</summary>
internal sealed record GetPollProgressQuery(Guid PollId) : IQuery<Result<PollProgressDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(VotingRoles.ManagePolls, AccessScope.Resource(VotingResources.Poll, PollId));
}

internal sealed record DelegationProgressDto(string Delegation, int Eligible, int Voted, IReadOnlyList<string> NotYetVoted);

internal sealed record PollProgressDto(Guid PollId, string Status, int Eligible, int Cast, IReadOnlyList<DelegationProgressDto> Delegations);
