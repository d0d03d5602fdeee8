using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Application.Polls.GetPollProgress;

internal sealed class GetPollProgressQueryHandler(VotingDbContext db, PollAccess access, IDelegateRoster roster)
    : IRequestHandler<GetPollProgressQuery, Result<PollProgressDto>>
{
    public async Task<Result<PollProgressDto>> Handle(GetPollProgressQuery query, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(query.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var poll = found.Value;
        var eligible = await db.EligibleVoters.AsNoTracking().Where(e => e.PollId == poll.Id).ToListAsync(cancellationToken);
        var voted = (await db.Voters.AsNoTracking().Where(v => v.PollId == poll.Id).Select(v => v.DelegateId).ToListAsync(cancellationToken)).ToHashSet();
        var names = (await roster.ListAsync(poll.CongressId, cancellationToken)).ToDictionary(d => d.DelegateId, d => d.FullName);
        var delegations = eligible.GroupBy(e => e.Delegation).OrderBy(g => g.Key)
            .Select(g => new DelegationProgressDto(g.Key, g.Count(), g.Count(e => voted.Contains(e.DelegateId)),
                g.Where(e => !voted.Contains(e.DelegateId)).Select(e => names.GetValueOrDefault(e.DelegateId, "?")).Order().ToList()))
            .ToList();
        return new PollProgressDto(poll.Id.Value, poll.Status.ToString(), poll.Eligible, voted.Count, delegations);
    }
}
