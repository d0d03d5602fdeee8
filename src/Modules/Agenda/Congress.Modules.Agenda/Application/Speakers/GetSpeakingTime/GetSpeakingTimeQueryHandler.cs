using Congress.Modules.Agenda.Domain.Speakers;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Speakers.GetSpeakingTime;

internal sealed class GetSpeakingTimeQueryHandler(AgendaDbContext db) : IRequestHandler<GetSpeakingTimeQuery, Result<SpeakingTimeDto>>
{
    public async Task<Result<SpeakingTimeDto>> Handle(GetSpeakingTimeQuery query, CancellationToken cancellationToken)
    {
        var turns = await db.Speakers.AsNoTracking()
            .Where(s => s.CongressId == query.CongressId && s.Mode == SpeakingMode.Spoken && s.SpokenSeconds > 0)
            .Select(s => new { s.DelegateCode, s.DelegateName, s.Delegation, s.SpokenSeconds }).ToListAsync(cancellationToken);
        var delegates = turns.GroupBy(t => (t.DelegateCode, t.DelegateName))
            .Select(g => new SpeakingTotalDto(g.Key.DelegateCode, g.Key.DelegateName, g.Count(), g.Sum(t => t.SpokenSeconds)))
            .OrderByDescending(t => t.Seconds).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
        var delegations = turns.GroupBy(t => t.Delegation)
            .Select(g => new SpeakingTotalDto(g.Key, g.Key, g.Count(), g.Sum(t => t.SpokenSeconds)))
            .OrderByDescending(t => t.Seconds).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
        return new SpeakingTimeDto(delegates, delegations);
    }
}
