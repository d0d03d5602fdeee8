using System.Net;
using System.Net.Http.Json;
using Congress.Host.Cli;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Modules.Reporting.Application.Rollups.GetRollup;
using Congress.Modules.Reporting.Application.Rollups.ListChildren;
using Congress.Modules.Reporting.Domain.Progress;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Reporting.Tests;

/// <summary>
/// <c>seed-national</c> on a scaled-down country (34 provinces, 2% of their communes) on SQLite, through the host's verb:
/// Delegates' tree and Reporting's roll-ups agree at every organisation (expected = organisations below, reported and
/// held = the reports below, attendance sums), the national roll-up read through the mediator as the centre's monitor;
/// a second run is refused and writes nothing.
/// </summary>
public sealed class NationalSeedTests(CongressFactory factory) : IClassFixture<CongressFactory>
{
    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await CliRunner.RunAsync(factory.Services, args, output, default);
        return (exit, output.ToString());
    }

    private async Task<T> ReportingAsync<T>(Func<ReportingDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ReportingDbContext>());
    }

    private async Task<IReadOnlyList<OrganisationNode>> TreeAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().ListTreeAsync(default);
    }

    [Fact]
    public async Task Seed_national_builds_the_country_whose_rollups_agree_with_the_tree_and_a_second_run_is_refused()
    {
        var (exit, output) = await RunAsync("seed-national", "--scale", "0.02");
        exit.Should().Be(0, output);

        // The tree in Delegates: 34 provinces under the centre (the demo's Ninh Bình and 33 more), communes, grassroots; codes unique.
        var tree = await TreeAsync();
        var centre = tree.Single(n => n.Code == "TW");
        tree.Where(n => n.ParentId == centre.Id).Should().HaveCount(34).And.OnlyContain(n => n.Level == "Province");
        tree.Select(n => n.Code).Should().OnlyHaveUniqueItems();
        var communes = tree.Count(n => n.Level == "Commune");
        var grassroots = tree.Count(n => n.Level == "Grassroots");
        communes.Should().BeGreaterThan(26 + 33, "every national province has at least one commune besides the demo's 26");
        grassroots.Should().BeGreaterThanOrEqualTo((communes - 26) * 10);
        tree.Should().Contain(n => n.Name.StartsWith("Đảng bộ phường ")).And.Contain(n => n.Name.StartsWith("Đảng bộ xã ")).And.Contain(n => n.Name.StartsWith("Chi bộ thôn "));

        // Reporting's read model holds every organisation, level by level.
        var nodes = await ReportingAsync(db => db.Organisations.AsNoTracking().ToListAsync());
        nodes.GroupBy(n => n.Level).ToDictionary(g => g.Key, g => g.Count())
            .Should().BeEquivalentTo(tree.GroupBy(n => n.Level).ToDictionary(g => g.Key, g => g.Count()));

        // Every roll-up is the sum of the reports below it.
        var reports = await ReportingAsync(db => db.Reports.AsNoTracking().ToListAsync());
        var rollups = (await ReportingAsync(db => db.Rollups.AsNoTracking().ToListAsync())).ToDictionary(r => r.OrganisationId);
        var reportOf = reports.ToDictionary(r => r.OrganisationId);
        // Each report's committee structure, from its elected members (read apart: the reports above are read without them).
        var structureOf = (await ReportingAsync(db => db.Reports.AsNoTracking().Include(r => r.Elected).ToListAsync()))
            .ToDictionary(r => r.OrganisationId, r => Domain.Rollups.CommitteeStructure.Of(r.CongressHeldOn, r.Elected));
        foreach (var node in tree)
        {
            var below = tree.Where(n => n.Id != node.Id && n.Path.StartsWith(node.Path, StringComparison.Ordinal)).ToList();
            var belowReports = below.Where(n => reportOf.ContainsKey(n.Id)).Select(n => reportOf[n.Id]).ToList();
            var rollup = rollups[node.Id];
            rollup.Expected.Should().Be(below.Count, node.Code);
            rollup.Started.Should().Be(belowReports.Count, node.Code);
            rollup.Reported.Should().Be(belowReports.Count(r => r.IsReported), node.Code);
            rollup.OnTime.Should().Be(belowReports.Count(r => r.IsReported && r.ReportedOnTime), node.Code);
            rollup.CongressHeld.Should().Be(belowReports.Count(r => r.Stage >= Stage.CongressHeld), node.Code);
            rollup.ResultsApproved.Should().Be(belowReports.Count(r => r.Stage == Stage.ResultsApproved), node.Code);
            rollup.DelegatesPresent.Should().Be(belowReports.Sum(r => (long)(r.DelegatesPresent ?? 0)), node.Code);
            rollup.CommitteeElected.Should().Be(belowReports.Sum(r => (long)(r.CommitteeElected ?? 0)), node.Code);
            rollup.Structure.Should().Be(belowReports.Aggregate(default(Domain.Rollups.CommitteeStructure), (sum, r) => sum + structureOf[r.OrganisationId]), node.Code);
        }
        rollups[centre.Id].CommitteeWomen.Should().BeGreaterThan(0, "the seeded committees carry their members' structure");
        rollups[centre.Id].CommitteeEthnicMinority.Should().BeGreaterThan(0);

        // Congresses in various stages, some reported late, with results; every report numbered in the change feed.
        reports.Select(r => r.Stage).Distinct().Should().HaveCountGreaterThanOrEqualTo(4);
        reports.Should().Contain(r => r.IsReported && !r.ReportedOnTime).And.Contain(r => r.IsReported && r.ReportedOnTime);
        reports.Where(r => r.Stage >= Stage.CongressHeld).Should().OnlyContain(r => r.SecretaryName != null && r.DelegatesPresent <= r.DelegatesSummoned);
        reports.Select(r => r.ChangeSequence).Should().OnlyHaveUniqueItems().And.OnlyContain(s => s > 0);

        // Bottom-up approvals: only levels whose whole subtree has reported, each locking what lies below it.
        var approvals = await ReportingAsync(db => db.Approvals.AsNoTracking().ToListAsync());
        approvals.Should().NotBeEmpty("levels whose every organisation below has reported mostly approved their report");
        approvals.Should().OnlyContain(a => a.Approved && a.ApprovedBy == "seed-national");
        foreach (var approval in approvals)
        {
            var rollup = rollups[approval.OrganisationId];
            (rollup.Expected > 0 && rollup.Reported == rollup.Expected).Should().BeTrue("an approved level has everything below it reported");
            reportOf[approval.OrganisationId].IsReported.Should().BeTrue();
        }
        var approvedLevel = tree.First(n => n.Id == approvals[0].OrganisationId);
        var lockedBelow = tree.First(n => n.ParentId == approvedLevel.Id);
        var lockedUpdate = await factory.SendAsync(Roles.Secretariat, lockedBelow.Code,
            new Application.Progress.UpdateProgress.UpdateProgressCommand(lockedBelow.Id, reportOf[lockedBelow.Id].Version, PlannedCongressOn: new DateOnly(2025, 9, 1)));
        lockedUpdate.Error!.Code.Should().Be("reporting.report.locked", "the level above approved its report");

        // The national dashboard through the mediator (authorisation included), as the centre's monitor (the demo's giamsat).
        var national = await factory.SendAsync(Roles.Monitor, "TW", new GetRollupQuery(centre.Id));
        national.IsSuccess.Should().BeTrue();
        national.Value.Expected.Should().Be(tree.Count - 1);
        national.Value.Reported.Should().Be(reports.Count(r => r.IsReported)).And.BeGreaterThan(0);
        var provinces = await factory.SendAsync(Roles.Monitor, "TW", new ListChildrenQuery(centre.Id));
        provinces.Value.Should().HaveCount(34);
        provinces.Value.Sum(p => p.Expected + 1).Should().Be(national.Value.Expected);
        // A province's officials see their province, not another.
        var hanoi = tree.Single(n => n.Code == "HN");
        (await factory.SendAsync(Roles.OrganisingCommittee, "HN", new GetRollupQuery(hanoi.Id))).IsSuccess.Should().BeTrue();
        (await factory.SendAsync(Roles.OrganisingCommittee, "HCM", new GetRollupQuery(hanoi.Id))).Error!.Kind.Should().Be(ErrorKind.NotFound);

        // Run twice: refused, nothing written.
        var (again, refused) = await RunAsync("seed-national", "--scale", "0.02");
        again.Should().Be(1);
        refused.Should().Contain("seed-national đã chạy");
        (await TreeAsync()).Should().HaveCount(tree.Count);
        (await ReportingAsync(db => db.Reports.CountAsync())).Should().Be(reports.Count);
        (await ReportingAsync(db => db.Rollups.AsNoTracking().SingleAsync(r => r.OrganisationId == centre.Id))).Should().BeEquivalentTo(rollups[centre.Id]);
    }

    [Fact]
    public async Task Seed_national_refuses_a_bad_scale()
    {
        (await RunAsync("seed-national", "--scale", "2")).Exit.Should().Be(2);
        (await RunAsync("seed-national", "--scale", "0")).Exit.Should().Be(2);
    }
}

/// <summary>A database whose tree already has a province of its own under the centre: seed-national would clash with it, refuses, writes nothing.</summary>
public sealed class NationalSeedClashTests(CongressFactory factory) : IClassFixture<CongressFactory>
{
    [Fact]
    public async Task Seed_national_refuses_a_tree_with_other_provinces_and_writes_nothing()
    {
        var admin = await factory.ClientForAsync("admin");
        Guid centre;
        await using (var scope = factory.Services.CreateAsyncScope())
            centre = (await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync("TW", default))!.Value;
        var created = await admin.PostAsJsonAsync("/api/delegates/organisations",
            new { parentId = centre, name = "Đảng bộ tỉnh Thử Nghiệm", code = "TNG", level = "Province", memberCount = 1000 });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        var output = new StringWriter();
        var exit = await CliRunner.RunAsync(factory.Services, ["seed-national", "--scale", "0.01"], output, default);

        exit.Should().Be(1);
        output.ToString().Should().Contain("TNG");
        await using var check = factory.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync("HN", default)).Should().BeNull();
        (await check.ServiceProvider.GetRequiredService<ReportingDbContext>().Reports.AnyAsync(r => r.UpdatedBy == "seed-national")).Should().BeFalse();
    }
}
