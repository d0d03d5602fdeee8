using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Application.Ballots;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Voting.Application.Polls.GetBallotList;

internal sealed class GetBallotListQueryHandler(VotingDbContext db, PollAccess access, BallotSeal seal) : IRequestHandler<GetBallotListQuery, Result<IReadOnlyList<BallotListEntryDto>>>
{
    public async Task<Result<IReadOnlyList<BallotListEntryDto>>> Handle(GetBallotListQuery query, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(query.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        // Not at the close: a closed poll may still be re-opened, and two lists either side of a re-opening would show the
        // ballots cast in between. Once published, a poll never opens again (docs/adr/0009, "Property").
        if (found.Value.Status != PollStatus.Published)
            return Error.Conflict("voting.ballots.not_published", "Danh sách phiếu chỉ được công bố sau khi công bố kết quả (the ballot list is published with the result).");
        var ballots = await seal.ReadBoxAsync(db, found.Value.Id, cancellationToken);
        return ballots.OrderBy(c => c.BallotId)
            .Select(c => new BallotListEntryDto(c.BallotId, c.Selections, BallotReceipt.For(query.PollId, c).Value)).ToList();
    }
}
