using Congress.Modules.Reporting.Application.Rollups;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Contracts;
using Congress.Modules.Reporting.Domain.Progress;
using Congress.Modules.Reporting.Domain.Rollups;
using Congress.Modules.Reporting.Domain.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Progress;

/// <summary>
/// The one path by which a report changes, whoever changes it (officials, an import, the platform's events): the
/// organisation must be known, its report not locked by an approval at its level or above, the writer's version
/// current; then the report and every ancestor's roll-up change in the same transaction.
/// </summary>
internal sealed class ProgressReports(ReportingDbContext db, OrganisationTree tree, RollupWriter rollups, Feed.ChangeFeed feed)
{
    public static readonly Error UnknownOrganisation = Error.NotFound("reporting.organisation.not_found", "Không tìm thấy tổ chức đảng.");
    public static readonly Error Locked = Error.Conflict("reporting.report.locked",
        "Báo cáo đã được cấp trên (hoặc chính cấp này) duyệt và khóa; cần cấp trên mở lại trước khi sửa.");

    public static Error Stale(int current) => Error.Conflict("reporting.report.stale",
        $"Báo cáo vừa được người khác cập nhật (phiên bản {current}); hãy tải lại rồi nhập lại.");

    public async Task<bool> IsLockedAsync(ReportingOrganisation organisation, CancellationToken cancellationToken)
    {
        var guarded = organisation.AncestorIds.Append(organisation.Id).ToList();
        return await db.Approvals.AnyAsync(a => a.Approved && guarded.Contains(a.OrganisationId), cancellationToken);
    }

    /// <param name="expectedVersion">The version the writer read (0: there was no report); null: no check (the platform's events).</param>
    public async Task<Result<ProgressReport>> ChangeAsync(Guid organisationId, int? expectedVersion,
        Func<ProgressReport, ReportingOrganisation, Result> change, CancellationToken cancellationToken)
    {
        if (await tree.FindAsync(organisationId, cancellationToken) is not { } organisation) return UnknownOrganisation;
        if (await IsLockedAsync(organisation, cancellationToken)) return Locked;

        var report = await db.Reports.Include(r => r.Elected).FirstOrDefaultAsync(r => r.Id == new ProgressReportId(organisationId), cancellationToken);
        var current = report?.Version ?? 0;
        if (expectedVersion is { } expected && expected != current) return Stale(current);
        var isNew = report is null;
        report ??= ProgressReport.Start(organisationId);
        var before = RollupContribution.Of(isNew ? null : report);

        var changed = change(report, organisation);
        if (changed.IsFailure) return changed.Error!;
        report.Sequence(await feed.NextAsync(cancellationToken));
        if (isNew) db.Reports.Add(report);
        db.Publish(new ProgressReportUpdatedIntegrationEvent(organisationId, (int)report.Stage, report.IsReported, report.Version));

        // The report row first: a concurrent writer of the same report fails here (version token), before any roll-up moves.
        await db.SaveChangesAsync(cancellationToken);
        await rollups.ApplyAsync(organisation, before, RollupContribution.Of(report), cancellationToken);
        return report;
    }
}
