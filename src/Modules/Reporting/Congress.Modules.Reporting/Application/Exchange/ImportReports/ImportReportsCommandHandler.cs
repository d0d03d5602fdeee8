using Congress.Modules.Reporting.Application.Access;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Domain.Progress;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Exchange.ImportReports;

internal sealed class ImportReportsCommandHandler(ReportingDbContext db, OrganisationTree tree, ProgressReports reports, ICurrentUser user, IClock clock)
    : IRequestHandler<ImportReportsCommand, Result<int>>
{
    private const int MaxProblemsShown = 50;

    public async Task<Result<int>> Handle(ImportReportsCommand command, CancellationToken cancellationToken)
    {
        if (CaptureScope.Own(user, command.OrganisationId) is { } notOwn) return notOwn;
        if (await tree.FindAsync(command.OrganisationId, cancellationToken) is not { } root) return ProgressReports.UnknownOrganisation;

        var rows = ReportCsv.Parse(command.Csv);
        if (rows.Count < 2) return Invalid(["Tệp không có dòng dữ liệu nào (cần một dòng tiêu đề và ít nhất một dòng)."]);
        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missingColumns = new[] { "code", "version" }.Where(c => !header.Contains(c)).ToList();
        if (missingColumns.Count > 0) return Invalid([$"Thiếu cột: {string.Join(", ", missingColumns)}."]);
        string Cell(List<string> row, string column) => header.IndexOf(column) is var i && i >= 0 && i < row.Count ? row[i] : "";

        var nodes = (await tree.SubtreeAsync(root, cancellationToken)).ToDictionary(o => o.Code);
        var approved = (await db.Approvals.AsNoTracking().Where(a => a.Approved).Select(a => a.OrganisationId).ToListAsync(cancellationToken)).ToHashSet();
        var codes = rows.Skip(1).Select(row => Cell(row, "code").Trim()).Where(nodes.ContainsKey).Select(code => nodes[code].Id).Distinct().ToList();
        var current = await db.Reports.AsNoTracking().Include(r => r.Elected).Where(r => codes.Contains(r.OrganisationId))
            .ToDictionaryAsync(r => r.OrganisationId, cancellationToken);

        var problems = new List<string>();
        var accepted = new List<(Guid OrganisationId, int Version, ProgressEntry Entry)>();
        var seen = new HashSet<string>();
        for (var line = 2; line <= rows.Count; line++)
        {
            var row = rows[line - 1];
            var code = Cell(row, "code").Trim();
            if (!nodes.TryGetValue(code, out var node)) { problems.Add($"Dòng {line}: không có tổ chức mã \"{code}\" trong phạm vi của cấp này."); continue; }
            if (!seen.Add(code)) { problems.Add($"Dòng {line}: mã \"{code}\" lặp lại."); continue; }
            if (!int.TryParse(Cell(row, "version"), out var version) || version < 0) { problems.Add($"Dòng {line}: cột version phải là số phiên bản đã đọc (0 nếu chưa có báo cáo)."); continue; }
            current.TryGetValue(node.Id, out var existing);
            if ((existing?.Version ?? 0) != version) { problems.Add($"Dòng {line} ({code}): báo cáo đã ở phiên bản {existing?.Version ?? 0}, tệp ghi {version} — hãy xuất lại."); continue; }
            if (node.AncestorIds.Append(node.Id).Any(approved.Contains)) { problems.Add($"Dòng {line} ({code}): báo cáo đã được duyệt và khóa."); continue; }

            var dates = new Dictionary<string, DateOnly?>();
            var ints = new Dictionary<string, int?>();
            var bad = false;
            foreach (var column in new[] { "planned_congress_on", "documents_drafted_on", "personnel_plan_approved_on", "preparatory_session_on", "congress_held_on", "results_approved_on" })
            {
                if (ReportCsv.TryDate(Cell(row, column), out var date)) dates[column] = date;
                else { problems.Add($"Dòng {line} ({code}), cột {column}: \"{Cell(row, column)}\" không phải là ngày."); bad = true; }
            }
            foreach (var column in new[] { "delegates_summoned", "delegates_present", "committee_seats", "committee_elected", "higher_delegate_seats", "higher_delegates_elected" })
            {
                if (ReportCsv.TryInt(Cell(row, column), out var number)) ints[column] = number;
                else { problems.Add($"Dòng {line} ({code}), cột {column}: \"{Cell(row, column)}\" không phải là số nguyên."); bad = true; }
            }
            if (bad) continue;
            var secretaryName = Cell(row, "secretary") is { Length: > 0 } named ? named : existing?.SecretaryName;
            var elected = existing?.AsEntry().Elected ?? [];
            if (Cell(row, "committee") is { Length: > 0 } committeeCell)
            {
                if (ReportCsv.TryCommittee(committeeCell, secretaryName, existing?.Deputies ?? [], out var unreadable) is not { } committee)
                {
                    problems.Add($"Dòng {line} ({code}), cột committee: {unreadable}.");
                    continue;
                }
                if (committee.FirstOrDefault(m => m.BirthYear > ProgressReport.VietnamDate(clock.UtcNow).Year) is { } unborn)
                {
                    problems.Add($"Dòng {line} ({code}), cột committee: {unborn.FullName}: năm sinh {unborn.BirthYear} ở tương lai.");
                    continue;
                }
                elected = [.. committee, .. elected.Where(p => p.Body != ElectedBodies.Committee)];
            }

            var entry = (existing?.AsEntry() ?? ProgressEntry.Empty) with
            {
                PlannedCongressOn = dates["planned_congress_on"], DocumentsDraftedOn = dates["documents_drafted_on"],
                PersonnelPlanApprovedOn = dates["personnel_plan_approved_on"], PreparatorySessionOn = dates["preparatory_session_on"],
                CongressHeldOn = dates["congress_held_on"], ResultsApprovedOn = dates["results_approved_on"],
                DelegatesSummoned = ints["delegates_summoned"], DelegatesPresent = ints["delegates_present"],
                CommitteeSeats = ints["committee_seats"], CommitteeElected = ints["committee_elected"],
                SecretaryName = secretaryName,
                HigherDelegateSeats = ints["higher_delegate_seats"], HigherDelegatesElected = ints["higher_delegates_elected"],
                Elected = elected,
            };
            // The totals must agree with each other and with the platform's figures the report keeps.
            var probe = existing is null ? ProgressReport.Start(node.Id) : existing;
            var merged = MergedWithPlatform(probe, entry);
            if (ProgressRules.Check(merged) is { } broken) { problems.Add($"Dòng {line} ({code}): {broken.Message}"); continue; }
            accepted.Add((node.Id, version, entry));
        }
        if (problems.Count > 0) return Invalid(problems);

        // One batch: the reports in one save, the change feed reserved once, each ancestor's roll-up moved once.
        var written = await reports.ChangeManyAsync(accepted.Select(a => (a.OrganisationId, (int?)a.Version,
            (Func<ProgressReport, Domain.Tree.ReportingOrganisation, Result>)((report, o) => report.Enter(a.Entry, clock.UtcNow, o.DueOn, user.AuditName)))).ToList(), cancellationToken);
        if (written.IsFailure) return written.Error!; // the unit of work rolls every row back
        return accepted.Count;
    }

    private static ProgressEntry MergedWithPlatform(ProgressReport report, ProgressEntry entry) => entry with
    {
        DelegatesSummoned = report.DelegatesSummonedSource == Domain.Progress.FigureSource.Platform && entry.DelegatesSummoned is null ? report.DelegatesSummoned : entry.DelegatesSummoned,
        DelegatesPresent = report.DelegatesPresentSource == Domain.Progress.FigureSource.Platform && entry.DelegatesPresent is null ? report.DelegatesPresent : entry.DelegatesPresent,
        CommitteeElected = report.CommitteeElectedSource == Domain.Progress.FigureSource.Platform && entry.CommitteeElected is null ? report.CommitteeElected : entry.CommitteeElected,
        HigherDelegatesElected = report.HigherDelegatesElectedSource == Domain.Progress.FigureSource.Platform && entry.HigherDelegatesElected is null ? report.HigherDelegatesElected : entry.HigherDelegatesElected,
    };

    private static Error Invalid(IReadOnlyList<string> problems) => new("reporting.import.invalid",
        $"Tệp không được nhận ({problems.Count} lỗi; không ghi gì): " + string.Join(" ", problems.Take(MaxProblemsShown)) + (problems.Count > MaxProblemsShown ? " …" : ""));
}
