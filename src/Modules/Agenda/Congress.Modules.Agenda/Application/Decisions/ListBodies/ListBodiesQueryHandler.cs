using Congress.Modules.Agenda.Application.Access;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Decisions.ListBodies;

internal sealed class ListBodiesQueryHandler(AgendaDbContext db, AgendaAccess access) : IRequestHandler<ListBodiesQuery, Result<IReadOnlyList<BodyMemberDto>>>
{
    public async Task<Result<IReadOnlyList<BodyMemberDto>>> Handle(ListBodiesQuery query, CancellationToken cancellationToken)
    {
        if (await access.CheckReaderAsync(query.CongressId, cancellationToken) is { } refused) return refused;
        var members = await db.BodyMembers.AsNoTracking().Where(m => m.CongressId == query.CongressId).ToListAsync(cancellationToken);
        return members.OrderBy(m => m.Body).ThenBy(m => m.Position)
            .Select(m => new BodyMemberDto(m.Body.ToString(), m.Position, m.Code, m.FullName, m.DelegateId, m.ItemId.Value, m.ElectedAtUtc)).ToList();
    }
}
