using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Reporting.Application;
using Congress.Modules.Reporting.Application.Feed;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Modules.Reporting.Domain.Approvals;
using Congress.Modules.Reporting.Domain.Progress;
using Congress.Modules.Reporting.Domain.Rollups;
using Congress.Modules.Reporting.Domain.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Reporting.Infrastructure;

/// <summary>
/// <c>seed-national</c>, after Delegates built the country's tree: Reporting's read model of every organisation it does
/// not hold yet (read from Delegates' contract, as the tree sync does), and their congresses in various stages — most
/// grassroots congresses held and their results approved, communes further behind, provinces in the middle of theirs —
/// with results (attendance, the committee with its secretary and deputies, the delegates to the congress above; the
/// elected lists with their votes for communes and provinces). Reported dates fall around each level's deadline, so
/// some are late. The roll-ups are the sums of the reports below, computed once per branch and written with it (the
/// branches' ancestors — the centre — by one relative UPDATE per branch); the change feed numbers every report. Levels
/// whose whole subtree has reported are mostly approved (bottom-up, as ApproveLevel allows), locking what lies below. One
/// transaction and one audit entry per branch (a province). Deterministic (fixed seeds), except ids.
/// </summary>
internal sealed class NationalReportsSeeder(IServiceScopeFactory scopes) : INationalSeeder
{
    public const string SeededBy = "seed-national";

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lò", "Hà"];
    private static readonly string[] Middle = ["Văn", "Thị", "Đức", "Thu", "Quang", "Ngọc", "Minh", "Thanh", "Hữu", "Hồng", "Xuân", "Kim"];
    private static readonly string[] Given = ["Hùng", "Lan", "Dũng", "Hương", "Tuấn", "Mai", "Thắng", "Hạnh", "Long", "Thảo", "Hải", "Yến", "Sơn", "Trang", "Bình", "Nga", "Cường", "Hằng", "Phúc", "Liên"];

    public Task<string?> RefusalAsync(NationalSize size, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public async Task SeedAsync(NationalSize size, TextWriter output, CancellationToken cancellationToken)
    {
        IReadOnlyList<OrganisationNode> tree;
        HashSet<Guid> known;
        await using (var scope = scopes.CreateAsyncScope())
        {
            tree = await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().ListTreeAsync(cancellationToken);
            known = (await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Organisations.AsNoTracking()
                .Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        }

        // A branch: the top-most organisation the read model lacks, with everything below it (parents come before children).
        var branches = new List<List<OrganisationNode>>();
        var branchOf = new Dictionary<Guid, List<OrganisationNode>>();
        foreach (var node in tree.Where(n => !known.Contains(n.Id)))
        {
            if (node.ParentId is not { } parent || !branchOf.TryGetValue(parent, out var branch))
            {
                branch = [];
                branches.Add(branch);
            }
            branch.Add(node);
            branchOf[node.Id] = branch;
        }

        int organisations = 0, reports = 0, held = 0, approved = 0;
        for (var b = 0; b < branches.Count; b++)
        {
            // Seeded by the branch's code (the tree comes ordered by ids): the same country on every database.
            var seed = branches[b][0].Code.Aggregate(2026, (h, c) => unchecked(h * 31 + c));
            var (written, heldHere, approvedHere) = await SeedBranchAsync(branches[b], new Random(seed), new Random(~seed), cancellationToken);
            organisations += branches[b].Count;
            reports += written;
            held += heldHere;
            approved += approvedHere;
        }
        await output.WriteLineAsync($"Reporting: {organisations:N0} tổ chức vào các số tổng hợp; {reports:N0} báo cáo tiến độ, {held:N0} đại hội đã tổ chức; {approved:N0} cấp đã duyệt báo cáo.");
    }

    /// <param name="approvals">Draws whether a level that may approve did (its own stream: the country's reports stay those of earlier runs).</param>
    private async Task<(int Reports, int Held, int Approved)> SeedBranchAsync(List<OrganisationNode> branch, Random random, Random approvals, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ReportingDbContext>();
        var options = services.GetRequiredService<IOptions<ReportingOptions>>().Value;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.BeginAsync(cancellationToken);

        var root = branch[0];
        var inBranch = branch.Select(n => n.Id).ToHashSet();
        var expected = new Dictionary<Guid, int>();
        foreach (var node in branch)
            foreach (var ancestor in ReportingOrganisation.AncestorsOf(node.Path, node.Id).Where(inBranch.Contains))
                expected[ancestor] = expected.GetValueOrDefault(ancestor) + 1;

        var nodes = new List<ReportingOrganisation>(branch.Count);
        var rollups = new Dictionary<Guid, Rollup>(branch.Count);
        var written = new List<ProgressReport>();
        var reportOf = new Dictionary<Guid, ProgressReport>();
        var lastReportedBelow = new Dictionary<Guid, DateTime>();
        var complete = new HashSet<Guid>();
        var sum = default(RollupContribution);
        foreach (var node in branch)
        {
            var organisation = ReportingOrganisation.From(node.Id, node.ParentId, node.Code, node.Name, node.Level, node.Path, options.DueFor(node.Level));
            nodes.Add(organisation);
            rollups[node.Id] = Rollup.For(node.Id, expected.GetValueOrDefault(node.Id));
            // The branch's first commune and one in twenty more have held every congress below them (and their own): levels
            // ready for approval on every run, whatever the random stages of the others.
            if (node.Level == "Commune" && (complete.Count == 0 || approvals.NextDouble() < 0.05)) complete.Add(node.Id);
            var held = complete.Contains(node.Id) || organisation.AncestorIds.Any(complete.Contains);
            if (Report(organisation, random, held ? (int)Stage.CongressHeld : 0) is not { } report) continue;
            written.Add(report);
            reportOf[node.Id] = report;
            var contribution = RollupContribution.Of(report);
            sum += contribution;
            foreach (var ancestor in organisation.AncestorIds)
            {
                if (rollups.TryGetValue(ancestor, out var rollup)) rollup.Add(contribution);
                if (report.ReportedAtUtc is { } at && at > lastReportedBelow.GetValueOrDefault(ancestor)) lastReportedBelow[ancestor] = at;
            }
        }

        // Bottom-up approval as ApproveLevel allows it: a level whose every organisation below has reported (and its own
        // congress too) approved its report — the communes made complete above, and three in four of those complete by
        // chance, so that some are left to approve by hand — a few days after the last report below. Approving locks what lies below, as an official's approval would.
        var approved = new List<LevelApproval>();
        foreach (var organisation in nodes)
        {
            var rollup = rollups[organisation.Id];
            if (rollup.Expected == 0 || rollup.Reported < rollup.Expected) continue;
            if (!reportOf.TryGetValue(organisation.Id, out var own) || own.ReportedAtUtc is not { } ownReported) continue;
            if (!complete.Contains(organisation.Id) && approvals.NextDouble() >= 0.75) continue;
            var approval = LevelApproval.For(organisation.Id);
            var latest = lastReportedBelow.GetValueOrDefault(organisation.Id) > ownReported ? lastReportedBelow[organisation.Id] : ownReported;
            approval.Approve(latest.AddDays(approvals.Next(1, 6)), SeededBy);
            approved.Add(approval);
        }

        // Every report takes its number in the change feed (a block reserved before anything else is tracked).
        var last = await services.GetRequiredService<ChangeFeed>().ReserveAsync(Math.Max(1, written.Count), cancellationToken);
        var next = last - Math.Max(1, written.Count) + 1;
        foreach (var report in written) report.Sequence(next++);

        db.Organisations.AddRange(nodes);
        db.Rollups.AddRange(rollups.Values);
        db.Reports.AddRange(written);
        db.Approvals.AddRange(approved);
        await db.SaveChangesAsync(cancellationToken);
        // The branch's ancestors the read model held already (the centre): the whole branch, expected and reported, at once.
        await services.GetRequiredService<RollupWriter>().AddAsync(ReportingOrganisation.AncestorsOf(root.Path, root.Id), branch.Count, sum, cancellationToken);
        await transaction.CommitAsync("SeedNationalReports", new { branch = root.Code, organisations = branch.Count, reports = written.Count, approved = approved.Count }, cancellationToken);
        return (written.Count, written.Count(r => r.Stage >= Stage.CongressHeld), approved.Count);
    }

    /// <summary>This organisation's congress as far as it has got, or null when nothing is reported yet.</summary>
    /// <param name="atLeast">The stage the congress has reached at least (0: as the level's shares fall).</param>
    private static ProgressReport? Report(ReportingOrganisation organisation, Random random, int atLeast = 0)
    {
        // Share of congresses per stage reached (none, documents, personnel plan, preparatory session, held, results approved).
        double[] shares = organisation.Level switch
        {
            "Grassroots" or "Cell" => [0.04, 0.04, 0.05, 0.07, 0.08, 0.72],
            "Commune" or "District" or "AgencyCommittee" => [0.05, 0.07, 0.08, 0.10, 0.10, 0.60],
            "Province" => [0.0, 0.10, 0.15, 0.20, 0.15, 0.40],
            _ => [1.0, 0, 0, 0, 0, 0],
        };
        var roll = random.NextDouble();
        var (stage, upTo) = (0, shares[0]);
        while (roll >= upTo && stage < shares.Length - 1) upTo += shares[++stage];
        stage = Math.Max(stage, atLeast);
        if (stage == 0) return null;

        // The congress around its deadline: from seven weeks before to three weeks after it.
        var heldOn = organisation.DueOn.AddDays(random.Next(-50, 22));
        DateOnly?[] dates =
        [
            heldOn.AddDays(-random.Next(50, 80)), heldOn.AddDays(-random.Next(25, 45)), heldOn.AddDays(-random.Next(1, 10)), heldOn,
            heldOn.AddDays(random.Next(7, 25)),
        ];
        for (var i = stage; i < dates.Length; i++) dates[i] = null;
        var entry = ProgressEntry.Empty with
        {
            PlannedPreparatoryOn = heldOn.AddDays(-5), PlannedCongressOn = heldOn,
            DocumentsDraftedOn = dates[0], PersonnelPlanApprovedOn = dates[1], PreparatorySessionOn = dates[2], CongressHeldOn = dates[3], ResultsApprovedOn = dates[4],
        };
        if (stage >= 4) entry = Results(entry, organisation.Level, random);

        var report = ProgressReport.Start(organisation.Id);
        // Reported a few days after the last stage it reached (10:00 in Hà Nội), so some congresses are reported late.
        var reportedOn = dates[stage - 1]!.Value.AddDays(random.Next(0, 6));
        var entered = report.Enter(entry, reportedOn.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc), organisation.DueOn, SeededBy);
        if (entered.IsFailure) throw new InvalidOperationException($"{organisation.Code}: {entered.Error!.Message}");
        report.ClearDomainEvents();
        return report;
    }

    private static ProgressEntry Results(ProgressEntry entry, string level, Random random)
    {
        var (summoned, seats, deputies, higherSeats, list) = level switch
        {
            "Province" => (random.Next(300, 451), random.Next(45, 66), 3, random.Next(10, 26), true),
            "Commune" or "District" or "AgencyCommittee" => (random.Next(90, 251), random.Next(9, 16), 2, random.Next(5, 16), true),
            _ => (random.Next(15, 121), random.Next(0, 2) == 0 ? 3 : 5, 1, random.Next(2, 7), false),
        };
        var present = summoned - random.Next(0, summoned / 10 + 1);
        var elected = random.NextDouble() < 0.9 ? seats : seats - 1;
        var higherElected = random.NextDouble() < 0.95 ? higherSeats : higherSeats - 1;
        var committee = Enumerable.Range(0, elected).Select(_ => Name(random)).ToList();
        var electedList = new List<ElectedEntry>();
        if (list)
        {
            var year = entry.CongressHeldOn!.Value.Year;
            electedList.AddRange(committee.Select((name, i) => new ElectedEntry(ElectedBodies.Committee, name, present - random.Next(0, present / 5 + 1),
                i == 0 ? "Secretary" : i <= deputies ? "Deputy" : "Member",
                // The structure, as the members' records would give it (about one in five women, one in seven of an ethnic minority).
                BirthYear: year - random.Next(28, 66), Gender: random.NextDouble() < 0.2 ? MemberProfile.Female : MemberProfile.Male,
                Ethnicity: random.NextDouble() < 0.14 ? Minorities[random.Next(Minorities.Length)] : "Kinh",
                Education: random.NextDouble() switch { < 0.3 => MemberProfile.PostGraduate, < 0.95 => MemberProfile.University, _ => MemberProfile.BelowUniversity },
                PoliticalTheory: random.NextDouble() switch { < 0.4 => MemberProfile.Advanced, < 0.95 => MemberProfile.Intermediate, _ => MemberProfile.Basic })));
            electedList.AddRange(Enumerable.Range(0, higherElected).Select(_ => new ElectedEntry(ElectedBodies.HigherCongress, Name(random), present - random.Next(0, present / 4 + 1))));
        }
        return entry with
        {
            DelegatesSummoned = summoned, DelegatesPresent = present, CommitteeSeats = seats, CommitteeElected = elected,
            SecretaryName = committee[0], DeputyNames = committee.Skip(1).Take(deputies).ToList(),
            HigherDelegateSeats = higherSeats, HigherDelegatesElected = higherElected, Elected = electedList,
        };
    }

    private static readonly string[] Minorities = ["Tày", "Thái", "Mường", "Khmer", "Hmông", "Nùng", "Dao"];

    private static string Name(Random random) =>
        $"{FamilyNames[random.Next(FamilyNames.Length)]} {Middle[random.Next(Middle.Length)]} {Given[random.Next(Given.Length)]}";
}
