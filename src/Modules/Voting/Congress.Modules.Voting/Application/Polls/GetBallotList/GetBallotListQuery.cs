using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Polls.GetBallotList;

/// <summary>
/// The published ballot list, once the result is published (not before: see docs/adr/0009, "Property"): every ballot in
/// the box with its receipt, in ballot-id order, so each voter can find their receipt and check their ballot was counted as cast.
/// </summary>
internal sealed record GetBallotListQuery(Guid PollId) : IQuery<Result<IReadOnlyList<BallotListEntryDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(VotingRoles.ReadPolls, AccessScope.Resource(VotingResources.Poll, PollId));
}

internal sealed record BallotListEntryDto(Guid BallotId, IReadOnlyList<string> Selections, string Receipt);
