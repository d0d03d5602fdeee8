using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Domain.Progress;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Rollups.ListChildren;

internal sealed class ListChildrenQueryHandler(ReportingDbContext db, OrganisationTree tree)
    : IRequestHandler<ListChildrenQuery, Result<IReadOnlyList<ChildRollupDto>>>
{
    public async Task<Result<IReadOnlyList<ChildRollupDto>>> Handle(ListChildrenQuery query, CancellationToken cancellationToken)
    {
        if (await tree.FindAsync(query.OrganisationId, cancellationToken) is null) return ProgressReports.UnknownOrganisation;
        var children = await (
            from o in db.Organisations.AsNoTracking()
            where o.ParentId == query.OrganisationId
            join r in db.Rollups.AsNoTracking() on o.Id equals r.OrganisationId
            join p in db.Reports.AsNoTracking() on o.Id equals p.OrganisationId into reports
            from p in reports.DefaultIfEmpty()
            join a in db.Approvals.AsNoTracking() on o.Id equals a.OrganisationId into approvals
            from a in approvals.DefaultIfEmpty()
            orderby o.Code
            select new
            {
                o.Id, o.Code, o.Name, o.Level, o.DueOn, Stage = p == null ? Stage.None : p.Stage,
                ReportedAt = p == null ? null : p.ReportedAtUtc, OnTime = p != null && p.ReportedOnTime,
                r.Expected, r.Reported, r.CongressHeld, Approved = a != null && a.Approved,
            }).ToListAsync(cancellationToken);
        return children.Select(c => new ChildRollupDto(c.Id, c.Code, c.Name, c.Level, c.DueOn, c.Stage.ToString(), c.ReportedAt is not null,
            c.ReportedAt is null ? null : c.OnTime, c.Expected, c.Reported, c.Expected - c.Reported, c.CongressHeld, c.Approved)).ToList();
    }
}
