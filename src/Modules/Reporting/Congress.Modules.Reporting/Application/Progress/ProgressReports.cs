using Congress.Modules.Reporting.Application.Rollups;
using Congress.Modules.Reporting.Application.Tree;
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

        // The report row first: a concurrent writer of the same report fails here (version token), before any roll-up moves.
        await db.SaveChangesAsync(cancellationToken);
        await rollups.ApplyAsync(organisation, before, RollupContribution.Of(report), cancellationToken);
        return report;
    }

    /// <summary>
    /// Many reports changed in the caller's one transaction (an import file): the same checks as <see cref="ChangeAsync"/>
    /// for each, but the organisations, approvals and reports read once for all, the change feed's numbers reserved in one
    /// step, the reports saved in one batch and each ancestor's roll-up moved once by the sum of the changes below it —
    /// instead of about eight statements per report. The first refusal refuses all (the caller's unit of work rolls back).
    /// </summary>
    public async Task<Result<int>> ChangeManyAsync(IReadOnlyList<(Guid OrganisationId, int? ExpectedVersion, Func<ProgressReport, ReportingOrganisation, Result> Change)> changes,
        CancellationToken cancellationToken)
    {
        var results = await ChangeEachAsync(changes, cancellationToken);
        return results.FirstOrDefault(r => r.IsFailure) is { } refused ? refused.Error! : changes.Count;
    }

    /// <summary>
    /// As <see cref="ChangeManyAsync"/>, but each change answered on its own: a refused one (unknown, locked, stale, against
    /// the rules) changes nothing and the others are written (the progress writer's batches of unrelated officials' updates).
    /// </summary>
    public async Task<IReadOnlyList<Result<(ProgressReport Report, ReportingOrganisation Organisation)>>> ChangeEachAsync(
        IReadOnlyList<(Guid OrganisationId, int? ExpectedVersion, Func<ProgressReport, ReportingOrganisation, Result> Change)> changes,
        CancellationToken cancellationToken)
    {
        var answers = new List<Result<(ProgressReport, ReportingOrganisation)>>(changes.Count);
        if (changes.Count == 0) return answers;
        var ids = changes.Select(c => c.OrganisationId).Distinct().ToList();
        var organisations = await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        foreach (var id in ids.Where(id => !organisations.ContainsKey(id)))
            if (await tree.FindAsync(id, cancellationToken) is { } found) organisations[id] = found;
        var guarded = organisations.Values.SelectMany(o => o.AncestorIds.Append(o.Id)).Distinct().ToList();
        var approved = (await db.Approvals.Where(a => a.Approved && guarded.Contains(a.OrganisationId)).Select(a => a.OrganisationId).ToListAsync(cancellationToken)).ToHashSet();

        var reports = await db.Reports.Where(r => ids.Contains(r.OrganisationId)).ToDictionaryAsync(r => r.OrganisationId, cancellationToken);
        // Their elected people in a query of their own, which PostgreSQL answers from the ReportId index; joined to the
        // reports (Include) it chose to hash the whole elected table, ~6 ms a batch warm and ~20 ms cold. Tracking fills each list.
        var reportIds = reports.Values.Select(r => r.Id).ToList();
        if (reportIds.Count > 0) await db.ElectedPeople.Where(p => reportIds.Contains(p.ReportId)).LoadAsync(cancellationToken);
        var last = await feed.ReserveAsync(changes.Count, cancellationToken); // numbers of refused changes stay unused: the feed only needs order
        var sequence = last - changes.Count + 1;
        var deltas = new Dictionary<Guid, RollupContribution>();
        foreach (var (organisationId, expectedVersion, change) in changes)
        {
            if (!organisations.TryGetValue(organisationId, out var organisation)) { answers.Add(UnknownOrganisation); continue; }
            if (organisation.AncestorIds.Append(organisation.Id).Any(approved.Contains)) { answers.Add(Locked); continue; }
            reports.TryGetValue(organisationId, out var report);
            var current = report?.Version ?? 0;
            if (expectedVersion is { } expected && expected != current) { answers.Add(Stale(current)); continue; }
            var isNew = report is null;
            report ??= ProgressReport.Start(organisationId);
            var before = RollupContribution.Of(isNew ? null : report);
            var changed = change(report, organisation); // a refused change leaves the report as it was
            if (changed.IsFailure) { answers.Add(changed.Error!); continue; }
            report.Sequence(sequence++);
            if (isNew)
            {
                db.Reports.Add(report);
                reports[organisationId] = report;
            }
            answers.Add((report, organisation));
            var d = RollupContribution.Of(report) - before;
            if (d.IsZero) continue;
            foreach (var ancestor in organisation.AncestorIds) deltas[ancestor] = deltas.GetValueOrDefault(ancestor) + d;
        }

        await db.SaveChangesAsync(cancellationToken);
        await rollups.AddEachAsync(deltas, cancellationToken); // one statement for every ancestor, each by its own sum
        return answers;
    }
}
