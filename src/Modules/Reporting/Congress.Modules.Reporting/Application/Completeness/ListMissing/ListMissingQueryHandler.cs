using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Domain.Progress;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Completeness.ListMissing;

internal sealed class ListMissingQueryHandler(ReplicaReads<ReportingDbContext> reads, OrganisationTree tree, IClock clock)
    : IRequestHandler<ListMissingQuery, Result<IReadOnlyList<MissingOrganisationDto>>>
{
    public async Task<Result<IReadOnlyList<MissingOrganisationDto>>> Handle(ListMissingQuery query, CancellationToken cancellationToken)
    {
        if (await RollupReads.OrganisationAsync(reads, tree, query.OrganisationId, cancellationToken) is not { } organisation) return ProgressReports.UnknownOrganisation;
        var db = reads.Db;
        var below = db.Organisations.AsNoTracking().Where(o => o.Id != organisation.Id);
        below = query.AllLevels ? below.Where(o => o.Path.StartsWith(organisation.Path)) : below.Where(o => o.ParentId == organisation.Id);
        var today = ProgressReport.VietnamDate(clock.UtcNow);
        var missing = await (
            from o in below
            join p in db.Reports.AsNoTracking() on o.Id equals p.OrganisationId into reports
            from p in reports.DefaultIfEmpty()
            where p == null || p.ReportedAtUtc == null
            orderby o.DueOn, o.Path
            select new { o.Id, o.ParentId, o.Code, o.Name, o.Level, o.DueOn, Stage = p == null ? Stage.None : p.Stage })
            .Take(Math.Clamp(query.Take, 1, 1000)).ToListAsync(cancellationToken);
        return missing.Select(m => new MissingOrganisationDto(m.Id, m.ParentId, m.Code, m.Name, m.Level, m.DueOn, m.Stage.ToString(), m.DueOn < today)).ToList();
    }
}
