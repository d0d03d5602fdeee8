using Congress.Modules.Agenda.Application.Access;
using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Groups.ListGroupReports;

internal sealed class ListGroupReportsQueryHandler(AgendaDbContext db, AgendaAccess access, GroupRoster roster)
    : IRequestHandler<ListGroupReportsQuery, Result<IReadOnlyList<GroupReportDto>>>
{
    public async Task<Result<IReadOnlyList<GroupReportDto>>> Handle(ListGroupReportsQuery query, CancellationToken cancellationToken)
    {
        if (await access.CheckReaderAsync(query.CongressId, cancellationToken) is { } refused) return refused;
        var groups = await roster.ListAsync(query.CongressId, cancellationToken);
        var visible = roster.CallerIsOfficial ? groups
            : groups.Where(g => roster.CallerDelegateId is { } me && g.Entry.MemberIds.Contains(me)).ToList();
        var byId = visible.ToDictionary(g => g.Entry.GroupId);
        var ids = byId.Keys.ToList();
        var reports = db.GroupReports.AsNoTracking().Where(r => r.CongressId == query.CongressId && ids.Contains(r.GroupId));
        if (query.ItemId is { } itemId) reports = reports.Where(r => r.ItemId == new ItemId(itemId));
        var rows = await reports.Join(db.Items.AsNoTracking(), r => r.ItemId, i => i.Id, (r, i) => new { Report = r, i.Title }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => byId[r.Report.GroupId].Entry.Number).ThenBy(r => r.Title)
            .Select(r => new GroupReportDto(r.Report.Id.Value, r.Report.GroupId, byId[r.Report.GroupId].Entry.Number, byId[r.Report.GroupId].Entry.Name,
                r.Report.ItemId.Value, r.Title, r.Report.Text, r.Report.FiledByName, r.Report.FiledAtUtc, r.Report.Version)).ToList();
    }
}
