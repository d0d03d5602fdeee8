using Congress.Modules.Agenda.Application.Access;
using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Programme.GetProgramme;

internal sealed class GetProgrammeQueryHandler(AgendaDbContext db, AgendaAccess access) : IRequestHandler<GetProgrammeQuery, Result<ProgrammeDto>>
{
    public async Task<Result<ProgrammeDto>> Handle(GetProgrammeQuery query, CancellationToken cancellationToken)
    {
        if (await access.CheckReaderAsync(query.CongressId, cancellationToken) is { } refused) return refused;
        var sessions = (await db.Sessions.AsNoTracking().Where(s => s.CongressId == query.CongressId).ToListAsync(cancellationToken))
            .OrderBy(s => s.Day).ThenBy(s => s.Kind).ToList();
        var items = await db.Items.AsNoTracking().Where(i => i.CongressId == query.CongressId).ToListAsync(cancellationToken);

        var ordered = sessions.SelectMany(s => items.Where(i => i.SessionId == s.Id).OrderBy(i => i.Number)).ToList();
        var now = ordered.FirstOrDefault(i => i.Status == ItemStatus.InProgress);
        var after = now is null ? ordered : ordered.SkipWhile(i => i.Id != now.Id).Skip(1);
        var next = after.FirstOrDefault(i => i.Status == ItemStatus.Planned);
        var stamp = ordered.Aggregate(17L, (h, i) => unchecked((((h * 31 + i.Id.Value.GetHashCode()) * 31 + i.Version) * 31 + i.Number) * 31 + i.SessionId.Value.GetHashCode() + (int)i.Status));

        return new ProgrammeDto(query.CongressId,
            sessions.Select(s => new SessionDto(s.Id.Value, s.Kind.ToString(), s.Title, s.Day,
                ordered.Where(i => i.SessionId == s.Id).Select(ItemDto.From).ToList())).ToList(),
            now is null ? null : ItemDto.From(now), next is null ? null : ItemDto.From(next), $"{ordered.Count}:{stamp:x}");
    }
}
