using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Feed.ListReportChanges;

internal sealed class ListReportChangesQueryHandler(ReportingDbContext db, OrganisationTree tree)
    : IRequestHandler<ListReportChangesQuery, Result<ReportChangesDto>>
{
    public async Task<Result<ReportChangesDto>> Handle(ListReportChangesQuery query, CancellationToken cancellationToken)
    {
        if (await tree.FindAsync(query.OrganisationId, cancellationToken) is not { } root) return ProgressReports.UnknownOrganisation;
        var page = await (
            from r in db.Reports.AsNoTracking().Include(r => r.Elected)
            join o in db.Organisations.AsNoTracking() on r.OrganisationId equals o.Id
            where o.Path.StartsWith(root.Path) && r.ChangeSequence > query.After
            orderby r.ChangeSequence
            select new { Report = r, Organisation = o }).Take(query.Take + 1).ToListAsync(cancellationToken);
        var more = page.Count > query.Take;
        var items = page.Take(query.Take).ToList();
        // Locks are not resolved per item here (one query per page): read one report for its lock state.
        return new ReportChangesDto(items.Select(i => ProgressReportDto.From(i.Organisation, i.Report, locked: false)).ToList(),
            items.Count == 0 ? query.After : items[^1].Report.ChangeSequence, more);
    }
}
