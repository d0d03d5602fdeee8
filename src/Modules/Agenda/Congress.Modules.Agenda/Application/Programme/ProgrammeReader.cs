using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Programme;

/// <summary>Reads a congress's programme as tablets show it. Callers are authorised already (a query handler, or the live watch on their behalf).</summary>
internal sealed class ProgrammeReader(AgendaDbContext db)
{
    /// <summary>How many of the latest notices a tablet that catches up is told (older ones: the programme itself is current).</summary>
    public const int RecentChanges = 20;

    public async Task<ProgrammeDto> ReadAsync(Guid congressId, CancellationToken cancellationToken)
    {
        var sessions = (await db.Sessions.AsNoTracking().Where(s => s.CongressId == congressId).ToListAsync(cancellationToken))
            .OrderBy(s => s.Day).ThenBy(s => s.Kind).ToList();
        var items = await db.Items.AsNoTracking().Where(i => i.CongressId == congressId).ToListAsync(cancellationToken);

        var ordered = sessions.SelectMany(s => items.Where(i => i.SessionId == s.Id).OrderBy(i => i.Number)).ToList();
        var now = ordered.FirstOrDefault(i => i.Status == ItemStatus.InProgress);
        var after = now is null ? ordered : ordered.SkipWhile(i => i.Id != now.Id).Skip(1);
        var next = after.FirstOrDefault(i => i.Status == ItemStatus.Planned);
        var stamp = ordered.Aggregate(17L, (h, i) => unchecked((((h * 31 + i.Id.Value.GetHashCode()) * 31 + i.Version) * 31 + i.Number) * 31 + i.SessionId.Value.GetHashCode() + (int)i.Status));

        return new ProgrammeDto(congressId,
            sessions.Select(s => new SessionDto(s.Id.Value, s.Kind.ToString(), s.Title, s.Day,
                ordered.Where(i => i.SessionId == s.Id).Select(ItemDto.From).ToList())).ToList(),
            now is null ? null : ItemDto.From(now), next is null ? null : ItemDto.From(next), $"{sessions.Count}.{ordered.Count}:{stamp:x}");
    }

    /// <summary>The latest notices of the congress, oldest first.</summary>
    public async Task<IReadOnlyList<ProgrammeChangeDto>> RecentChangesAsync(Guid congressId, CancellationToken cancellationToken) =>
        (await db.ProgrammeChanges.AsNoTracking().Where(c => c.CongressId == congressId)
            .OrderByDescending(c => c.AtUtc).Take(RecentChanges).Select(c => new ProgrammeChangeDto(c.AtUtc, c.Text)).ToListAsync(cancellationToken))
        .OrderBy(c => c.AtUtc).ToList();
}
