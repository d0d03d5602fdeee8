using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Application.Polls.ListPolls;

internal sealed class ListPollsQueryHandler(VotingDbContext db, PollAccess access) : IRequestHandler<ListPollsQuery, Result<IReadOnlyList<PollDto>>>
{
    public async Task<Result<IReadOnlyList<PollDto>>> Handle(ListPollsQuery query, CancellationToken cancellationToken)
    {
        var congress = await access.CheckCongressAsync(query.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var polls = await db.Polls.AsNoTracking().Where(p => p.CongressId == query.CongressId).OrderBy(p => p.CreatedAtUtc).ToListAsync(cancellationToken);
        return polls.Select(PollDto.From).ToList();
    }
}
