using Congress.Modules.Reporting.Application.Rollups.ListChildren;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Domain.Progress;
using Congress.Modules.Reporting.Domain.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Rollups;

/// <summary>
/// The dashboard's two reads, shared by the queries and the PDF: one roll-up row by key, and the children with theirs.
/// Served by a hot standby when there are some (<see cref="ReplicaReads{TContext}"/>, docs/adr/0033).
/// </summary>
internal static class RollupReads
{
    /// <summary>
    /// The organisation a dashboard read is about, from where the read is served (a standby when there are some), so a
    /// page's reads leave the primary alone; one the standby does not hold yet (or Reporting not yet: its event not
    /// relayed) is looked for on the primary, where the tree takes it in. Null: no such organisation.
    /// </summary>
    public static async Task<ReportingOrganisation?> OrganisationAsync(ReplicaReads<ReportingDbContext> reads, OrganisationTree tree, Guid organisationId,
        CancellationToken cancellationToken) =>
        await reads.Db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
        ?? await tree.FindAsync(organisationId, cancellationToken);

    public static async Task<RollupDto> RollupAsync(ReplicaReads<ReportingDbContext> reads, ReportingOrganisation organisation, CancellationToken cancellationToken)
    {
        var db = reads.Db;
        // an organisation the tree has just taken in on the primary may not have reached the standby yet
        var rollup = await db.Rollups.AsNoTracking().FirstOrDefaultAsync(r => r.OrganisationId == organisation.Id, cancellationToken)
            ?? await (db = reads.Primary).Rollups.AsNoTracking().FirstAsync(r => r.OrganisationId == organisation.Id, cancellationToken);
        var approval = await db.Approvals.AsNoTracking().FirstOrDefaultAsync(a => a.OrganisationId == organisation.Id, cancellationToken);
        return RollupDto.From(organisation, rollup, approval);
    }

    public static async Task<IReadOnlyList<ChildRollupDto>> ChildrenAsync(ReportingDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        var children = await (
            from o in db.Organisations.AsNoTracking()
            where o.ParentId == organisationId
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
