using Congress.Modules.Agenda.Application.Access;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Groups.ListGroups;

internal sealed class ListGroupsQueryHandler(GroupRoster roster, AgendaAccess access, IDelegateRoster delegates, AgendaDbContext db)
    : IRequestHandler<ListGroupsQuery, Result<IReadOnlyList<GroupDto>>>
{
    public async Task<Result<IReadOnlyList<GroupDto>>> Handle(ListGroupsQuery query, CancellationToken cancellationToken)
    {
        if (await access.CheckReaderAsync(query.CongressId, cancellationToken) is { } refused) return refused;
        var groups = await roster.ListAsync(query.CongressId, cancellationToken);
        var people = (await delegates.ListAsync(query.CongressId, cancellationToken))
            .ToDictionary(d => d.DelegateId, d => new GroupPersonDto(d.DelegateId, d.Code, d.FullName, d.Delegation));
        var reported = (await db.GroupReports.AsNoTracking().Where(r => r.CongressId == query.CongressId)
                .Select(r => new { r.GroupId, r.ItemId }).ToListAsync(cancellationToken))
            .ToLookup(r => r.GroupId, r => r.ItemId.Value);
        var official = roster.CallerIsOfficial;

        GroupPersonDto? Person(Guid? id) => id is { } value ? people.GetValueOrDefault(value) : null;
        return groups.Select(g => new GroupDto(g.Entry.GroupId, g.Entry.Number, g.Entry.Name, g.Entry.Room, g.Entry.MemberIds.Count,
            Person(g.Officers?.ChairDelegateId), Person(g.Officers?.SecretaryDelegateId), g.Officers?.Version ?? 0,
            reported[g.Entry.GroupId].ToList(), roster.CallerDelegateId is { } me && g.Officers?.SecretaryDelegateId == me,
            official ? g.Entry.MemberIds.Select(id => people.GetValueOrDefault(id)).OfType<GroupPersonDto>().OrderBy(p => p.Code).ToList() : [])).ToList();
    }
}
