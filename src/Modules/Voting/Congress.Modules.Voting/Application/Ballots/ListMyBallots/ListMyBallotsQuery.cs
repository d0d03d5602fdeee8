using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Modules.Voting.Application.Polls;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Ballots.ListMyBallots;

/// <summary>
/// The signed-in delegate's tablet: the polls of the congress that take electronic ballots now and, for each, whether
/// this delegate has voted (the register says so; what they voted is read nowhere).
/// </summary>
internal sealed record ListMyBallotsQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<MyBallotDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(VotingRoles.Cast, AccessScope.Congress(CongressId));
}

internal sealed record MyBallotDto(PollDto Poll, bool Voted);
