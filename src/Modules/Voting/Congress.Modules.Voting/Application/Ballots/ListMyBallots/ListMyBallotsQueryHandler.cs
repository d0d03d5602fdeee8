using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Application.Polls;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Application.Ballots.ListMyBallots;

internal sealed class ListMyBallotsQueryHandler(VotingDbContext db, PollAccess access, ICurrentUser user)
    : IRequestHandler<ListMyBallotsQuery, Result<IReadOnlyList<MyBallotDto>>>
{
    public async Task<Result<IReadOnlyList<MyBallotDto>>> Handle(ListMyBallotsQuery query, CancellationToken cancellationToken)
    {
        if (user.DelegateId is not { } delegateId) return PollErrors.NotADelegate;
        var congress = await access.CheckCongressAsync(query.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var polls = await db.Polls.AsNoTracking()
            .Where(p => p.CongressId == query.CongressId && p.Status == PollStatus.Open
                && (p.Visibility == PollVisibility.NamedElectronic || p.Visibility == PollVisibility.SecretElectronic))
            .OrderBy(p => p.CreatedAtUtc).ToListAsync(cancellationToken);
        var pollIds = polls.Select(p => p.Id).ToList();
        var voted = (await db.Voters.AsNoTracking().Where(v => pollIds.Contains(v.PollId) && v.DelegateId == delegateId)
            .Select(v => v.PollId).ToListAsync(cancellationToken)).ToHashSet();
        return polls.Select(p => new MyBallotDto(PollDto.From(p), voted.Contains(p.Id))).ToList();
    }
}
