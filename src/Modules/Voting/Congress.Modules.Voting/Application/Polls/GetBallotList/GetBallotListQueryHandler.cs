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
        if (found.Value.Status is not (PollStatus.Closed or PollStatus.Published))
            return Error.Conflict("voting.ballots.not_closed", "Danh sách phiếu chỉ được công bố sau khi kết thúc biểu quyết.");
        var ballots = await seal.ReadBoxAsync(db, found.Value.Id, cancellationToken);
        return ballots.OrderBy(c => c.BallotId)
            .Select(c => new BallotListEntryDto(c.BallotId, c.Selections, BallotReceipt.For(query.PollId, c).Value)).ToList();
    }
}
