using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Reporting.Application.Approvals.ApproveLevel;
using Congress.Modules.Reporting.Application.Approvals.ReopenLevel;
using Congress.Modules.Reporting.Application.Completeness.ListMissing;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Progress.GetProgress;
using Congress.Modules.Reporting.Application.Progress.UpdateProgress;
using Congress.Modules.Reporting.Application.Reminders.ListReminders;
using Congress.Modules.Reporting.Application.Reminders.RefreshReminders;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Modules.Reporting.Application.Rollups.GetRollup;
using Congress.Modules.Reporting.Application.Rollups.ListChildren;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Reporting.Tests;

/// <summary>
/// Reporting on the real host and a migrated database with the demo tree (TW → NB → communes), to which each test adds
/// its own district with two communes (and, where needed, a second province) through Delegates' REST API: Reporting
/// learns of them only through Delegates' contract. SQLite and PostgreSQL.
/// </summary>
public abstract partial class ReportingTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private const string S = Roles.Secretariat, O = Roles.OrganisingCommittee;

    private sealed record Branch(Guid District, string DistrictCode, Guid Commune1, string Commune1Code, Guid Commune2, string Commune2Code);

    private async Task<Guid> IdOfAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync(code, default))!.Value;
    }

    private async Task<Guid> CreateOrganisationAsync(Guid parentId, string name, string code, string level)
    {
        var admin = await factory.ClientForAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/delegates/organisations", new { parentId, name, code, level, memberCount = 100 });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await IdOfAsync(code);
    }

    /// <summary>
    /// Waits until Reporting's read model holds these organisations (Delegates' events, relayed within moments): until
    /// then a roll-up above them does not count them as expected yet (a request naming one of them fetches it at once).
    /// </summary>
    private async Task HeldByReportingAsync(params Guid[] ids)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await ReportingDbAsync(db => db.Organisations.CountAsync(o => ids.Contains(o.Id))) == ids.Length) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("Reporting did not hear of the organisations Delegates created within 10 s.");
    }

    /// <summary>A fresh district under NB with two communes (unique codes per test).</summary>
    private async Task<Branch> BranchAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var district = await CreateOrganisationAsync(await IdOfAsync("NB"), $"Huyện {tag}", $"NB-H{tag}", "District");
        var x1 = await CreateOrganisationAsync(district, $"Xã một {tag}", $"NB-H{tag}-X1", "Commune");
        var x2 = await CreateOrganisationAsync(district, $"Xã hai {tag}", $"NB-H{tag}-X2", "Commune");
        await HeldByReportingAsync(district, x1, x2);
        return new Branch(district, $"NB-H{tag}", x1, $"NB-H{tag}-X1", x2, $"NB-H{tag}-X2");
    }

    private static UpdateProgressCommand Held(Guid organisationId, int version, int summoned = 120, int present = 115) => new(
        organisationId, version, DocumentsDraftedOn: new DateOnly(2025, 5, 2), PersonnelPlanApprovedOn: new DateOnly(2025, 5, 20),
        PreparatorySessionOn: new DateOnly(2025, 6, 9), CongressHeldOn: new DateOnly(2025, 6, 10),
        DelegatesSummoned: summoned, DelegatesPresent: present, CommitteeSeats: 15, CommitteeElected: 15, SecretaryName: "Nguyễn Văn An",
        DeputyNames: ["Trần Thị Bình"], HigherDelegateSeats: 5, HigherDelegatesElected: 5);

    private Task<Result<RollupDto>> RollupAsync(Guid organisationId, string code) => factory.SendAsync(O, code, new GetRollupQuery(organisationId));

    [Fact]
    public async Task A_commune_entering_its_progress_moves_the_district_province_and_centre_rollups_at_once()
    {
        var b = await BranchAsync();
        var nb = await IdOfAsync("NB");
        var tw = await IdOfAsync("TW");
        var districtBefore = (await RollupAsync(b.District, b.DistrictCode)).Value;
        var provinceBefore = (await RollupAsync(nb, "NB")).Value;
        var centreBefore = (await factory.SendAsync(Roles.SystemAdmin, null, new GetRollupQuery(tw))).Value;

        var entered = await factory.SendAsync(S, b.Commune1Code, Held(b.Commune1, 0));

        entered.IsSuccess.Should().BeTrue(entered.Error?.Message);
        entered.Value.Version.Should().Be(1);
        entered.Value.Stage.Should().Be("CongressHeld");
        entered.Value.DelegatesPresentSource.Should().Be("Entered");
        districtBefore.Expected.Should().Be(2);
        districtBefore.Reported.Should().Be(0);
        var district = (await RollupAsync(b.District, b.DistrictCode)).Value;
        district.Reported.Should().Be(1);
        district.Missing.Should().Be(1);
        (district.OnTime + district.Late).Should().Be(1);
        district.CongressHeld.Should().Be(1);
        district.PersonnelPlanApproved.Should().Be(1);
        district.DelegatesSummoned.Should().Be(120);
        district.DelegatesPresent.Should().Be(115);
        district.CommitteeElected.Should().Be(15);
        var province = (await RollupAsync(nb, "NB")).Value;
        province.Expected.Should().Be(provinceBefore.Expected);
        province.Reported.Should().Be(provinceBefore.Reported + 1);
        province.CongressHeld.Should().Be(provinceBefore.CongressHeld + 1);
        province.DelegatesPresent.Should().Be(provinceBefore.DelegatesPresent + 115);
        (await factory.SendAsync(Roles.SystemAdmin, null, new GetRollupQuery(tw))).Value.Reported.Should().Be(centreBefore.Reported + 1);

        // Drill-down from the district: the commune that reported, and the one still missing.
        var children = (await factory.SendAsync(O, b.DistrictCode, new ListChildrenQuery(b.District))).Value;
        children.Should().HaveCount(2);
        children.Single(c => c.OrganisationId == b.Commune1).OwnReported.Should().BeTrue();
        var missing = (await factory.SendAsync(O, b.DistrictCode, new ListMissingQuery(b.District))).Value;
        missing.Select(m => m.OrganisationId).Should().Equal(b.Commune2);
        (await factory.SendAsync(O, "NB", new ListMissingQuery(nb, AllLevels: true, Take: 1000))).Value
            .Should().Contain(m => m.OrganisationId == b.Commune2).And.NotContain(m => m.OrganisationId == b.Commune1);

        // A correction moves the sums by the difference, not by the whole again.
        var corrected = await factory.SendAsync(S, b.Commune1Code, Held(b.Commune1, 1, present: 110));
        corrected.IsSuccess.Should().BeTrue(corrected.Error?.Message);
        var after = (await RollupAsync(b.District, b.DistrictCode)).Value;
        after.DelegatesPresent.Should().Be(110);
        after.Reported.Should().Be(1);
    }

    [Fact]
    public async Task The_district_reads_its_communes_reports_and_another_provinces_official_finds_nothing()
    {
        var b = await BranchAsync();
        (await factory.SendAsync(S, b.Commune1Code, Held(b.Commune1, 0))).IsSuccess.Should().BeTrue();
        var otherProvince = await CreateOrganisationAsync(await IdOfAsync("TW"), "Đảng bộ tỉnh thử", $"P{Guid.NewGuid():N}"[..8], "Province");
        var otherCode = await CodeOfOtherAsync(otherProvince);

        var byDistrict = await factory.SendAsync(Roles.Monitor, b.DistrictCode, new GetProgressQuery(b.Commune1));
        byDistrict.IsSuccess.Should().BeTrue();
        byDistrict.Value.DelegatesPresent.Should().Be(115);

        (await factory.SendAsync(O, otherCode, new GetProgressQuery(b.Commune1))).Error!.Kind.Should().Be(ErrorKind.NotFound);
        (await factory.SendAsync(O, otherCode, new GetRollupQuery(b.District))).Error!.Kind.Should().Be(ErrorKind.NotFound);
        (await factory.SendAsync(O, otherCode, new ListChildrenQuery(b.District))).Error!.Kind.Should().Be(ErrorKind.NotFound);
        (await factory.SendAsync(O, b.Commune2Code, new GetProgressQuery(b.Commune1))).Error!.Kind.Should().Be(ErrorKind.NotFound, "a sibling commune is another branch");

        // Over REST too: 404, the same answer as for an organisation that does not exist.
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.BearerTokenFor(O, otherProvince));
        (await client.GetAsync($"/api/reporting/organisations/{b.Commune1}/report")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/reporting/organisations/{b.District}/rollup")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/reporting/organisations/{otherProvince}/rollup")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<string> CodeOfOtherAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var tree = await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().ListTreeAsync(default);
        return tree.Single(n => n.Id == id).Code;
    }

    [Fact]
    public async Task Capture_is_for_the_own_organisation_only_not_a_sibling_and_not_from_above()
    {
        var b = await BranchAsync();

        var sibling = await factory.SendAsync(S, b.Commune1Code, Held(b.Commune2, 0));
        var fromAbove = await factory.SendAsync(S, b.DistrictCode, Held(b.Commune1, 0));
        var fromProvince = await factory.SendAsync(O, "NB", Held(b.Commune1, 0));

        sibling.Error!.Kind.Should().Be(ErrorKind.NotFound);
        fromAbove.Error!.Kind.Should().Be(ErrorKind.Forbidden);
        fromAbove.Error.Code.Should().Be("reporting.capture.not_own");
        fromProvince.Error!.Code.Should().Be("reporting.capture.not_own");
        (await factory.SendAsync(Roles.Observer, b.Commune1Code, Held(b.Commune1, 0))).Error!.Code.Should().Be("access.forbidden", "an observer may not enter a report");
        (await factory.SendAsync(O, b.DistrictCode, new GetProgressQuery(b.Commune2))).Value.Version.Should().Be(0, "nothing was written");
        (await RollupAsync(b.District, b.DistrictCode)).Value.Started.Should().Be(0);
    }

    [Fact]
    public async Task Updates_arriving_together_are_committed_together_each_answered_and_audited_and_a_stale_one_refused_alone()
    {
        var b = await BranchAsync();
        var audited = await AuditCountAsync();

        // Both communes at once, commune 1 twice from version 0 (two officials on the same report), commune 2 once.
        var sent = await Task.WhenAll(
            factory.SendAsync(S, b.Commune1Code, Held(b.Commune1, 0, present: 100)),
            factory.SendAsync(S, b.Commune1Code, Held(b.Commune1, 0, present: 90)),
            factory.SendAsync(S, b.Commune2Code, Held(b.Commune2, 0, present: 80)));

        sent[0..2].Count(r => r.IsSuccess).Should().Be(1, "one of the two writers of commune 1 is first");
        sent[0..2].Single(r => r.IsFailure).Error!.Code.Should().Be("reporting.report.stale");
        var x1 = sent[0].IsSuccess ? sent[0].Value : sent[1].Value;
        x1.Version.Should().Be(1);
        sent[2].IsSuccess.Should().BeTrue(sent[2].Error?.Message);
        var report2 = (await factory.SendAsync(S, b.Commune2Code, new GetProgressQuery(b.Commune2))).Value;
        report2.DelegatesPresent.Should().Be(80);
        var district = (await RollupAsync(b.District, b.DistrictCode)).Value;
        district.Reported.Should().Be(2);
        district.DelegatesPresent.Should().Be(x1.DelegatesPresent + 80);
        (await AuditCountAsync()).Should().Be(audited + 2, "each committed update has its own audit entry, the refused ones none");
    }

    private async Task<int> AuditCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().AuditEntries.CountAsync(e => e.Action == nameof(UpdateProgressCommand));
    }

    [Fact]
    public async Task A_stale_writer_is_told_409_and_the_first_writers_figures_stay()
    {
        var b = await BranchAsync();
        (await factory.SendAsync(S, b.Commune1Code, Held(b.Commune1, 0, present: 100))).IsSuccess.Should().BeTrue();

        var stale = await factory.SendAsync(S, b.Commune1Code, Held(b.Commune1, 0, present: 90));

        stale.Error!.Kind.Should().Be(ErrorKind.Conflict);
        stale.Error.Code.Should().Be("reporting.report.stale");
        var report = (await factory.SendAsync(S, b.Commune1Code, new GetProgressQuery(b.Commune1))).Value;
        report.Version.Should().Be(1);
        report.DelegatesPresent.Should().Be(100);
        (await RollupAsync(b.District, b.DistrictCode)).Value.DelegatesPresent.Should().Be(100);

        // Over REST: 409 as ProblemDetails.
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.BearerTokenFor(S, b.Commune1));
        var response = await client.PutAsJsonAsync($"/api/reporting/organisations/{b.Commune1}/report", new { expectedVersion = 0, delegatesSummoned = 10, delegatesPresent = 5 });
        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Inconsistent_results_are_refused_400_with_nothing_written()
    {
        var b = await BranchAsync();
        (await factory.SendAsync(S, b.Commune1Code, Held(b.Commune1, 0))).IsSuccess.Should().BeTrue();
        var before = (await RollupAsync(b.District, b.DistrictCode)).Value;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.BearerTokenFor(S, b.Commune1));
        var url = $"/api/reporting/organisations/{b.Commune1}/report";

        var morePresent = await client.PutAsJsonAsync(url, new
        {
            expectedVersion = 1, preparatorySessionOn = "2025-06-09", documentsDraftedOn = "2025-05-01", personnelPlanApprovedOn = "2025-05-02",
            congressHeldOn = "2025-06-10", delegatesSummoned = 100, delegatesPresent = 101,
        });
        var moreElected = await client.PutAsJsonAsync(url, new
        {
            expectedVersion = 1, preparatorySessionOn = "2025-06-09", documentsDraftedOn = "2025-05-01", personnelPlanApprovedOn = "2025-05-02",
            congressHeldOn = "2025-06-10", committeeSeats = 15, committeeElected = 16,
        });
        var moreInList = await client.PutAsJsonAsync(url, new
        {
            expectedVersion = 1, preparatorySessionOn = "2025-06-09", documentsDraftedOn = "2025-05-01", personnelPlanApprovedOn = "2025-05-02",
            congressHeldOn = "2025-06-10", delegatesSummoned = 100, delegatesPresent = 90, higherDelegateSeats = 1, higherDelegatesElected = 1,
            elected = new[] { new { body = "HigherCongress", fullName = "Lê Văn C", votes = 80 }, new { body = "HigherCongress", fullName = "Phạm Thị D", votes = 70 } },
        });
        var heldWithoutPreparatory = await client.PutAsJsonAsync(url, new { expectedVersion = 1, congressHeldOn = "2025-06-10" });

        morePresent.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        moreElected.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        moreInList.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        heldWithoutPreparatory.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var report = (await factory.SendAsync(S, b.Commune1Code, new GetProgressQuery(b.Commune1))).Value;
        report.Version.Should().Be(1);
        report.DelegatesPresent.Should().Be(115);
        report.Elected.Should().BeEmpty();
        (await RollupAsync(b.District, b.DistrictCode)).Value.Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task Approval_waits_for_every_commune_then_locks_them_until_the_province_reopens()
    {
        var b = await BranchAsync();
        (await factory.SendAsync(S, b.Commune1Code, Held(b.Commune1, 0))).IsSuccess.Should().BeTrue();

        var early = await factory.SendAsync(O, b.DistrictCode, new ApproveLevelCommand(b.District));
        early.Error!.Code.Should().Be("reporting.approval.incomplete");
        early.Error.Kind.Should().Be(ErrorKind.Conflict);

        (await factory.SendAsync(S, b.Commune2Code, Held(b.Commune2, 0))).IsSuccess.Should().BeTrue();
        (await factory.SendAsync(O, "NB", new ApproveLevelCommand(b.District))).Error!.Code.Should().Be("reporting.capture.not_own", "the district approves its own report");
        var approved = await factory.SendAsync(O, b.DistrictCode, new ApproveLevelCommand(b.District));
        approved.IsSuccess.Should().BeTrue(approved.Error?.Message);
        approved.Value.Approved.Should().BeTrue();

        var locked = await factory.SendAsync(S, b.Commune1Code, Held(b.Commune1, 1, present: 100));
        locked.Error!.Code.Should().Be("reporting.report.locked");
        locked.Error.Kind.Should().Be(ErrorKind.Conflict);
        (await factory.SendAsync(S, b.Commune1Code, new GetProgressQuery(b.Commune1))).Value.Locked.Should().BeTrue();

        (await factory.SendAsync(O, b.DistrictCode, new ReopenLevelCommand(b.District, "Tự mở lại"))).Error!.Code.Should().Be("reporting.reopen.not_above");
        var reopened = await factory.SendAsync(O, "NB", new ReopenLevelCommand(b.District, "Xã một nhập sai số đại biểu có mặt"));
        reopened.IsSuccess.Should().BeTrue(reopened.Error?.Message);
        reopened.Value.Approved.Should().BeFalse();
        reopened.Value.ReopenReason.Should().Be("Xã một nhập sai số đại biểu có mặt");

        var corrected = await factory.SendAsync(S, b.Commune1Code, Held(b.Commune1, 1, present: 100));
        corrected.IsSuccess.Should().BeTrue(corrected.Error?.Message);
        (await RollupAsync(b.District, b.DistrictCode)).Value.DelegatesPresent.Should().Be(215);

        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == nameof(ReopenLevelCommand)).Select(e => e.Payload).ToListAsync();
        audit.Should().Contain(p => p.Contains("Xã một nhập sai số đại biểu có mặt"), "the reopen is in the audit trail with its reason");
    }

    [Fact]
    public async Task The_change_feed_pages_a_subtree_in_change_order_then_gives_only_what_changed_since()
    {
        var b = await BranchAsync();
        (await factory.SendAsync(S, b.Commune1Code, Held(b.Commune1, 0))).IsSuccess.Should().BeTrue();
        (await factory.SendAsync(S, b.Commune2Code, Held(b.Commune2, 0))).IsSuccess.Should().BeTrue();

        var first = (await factory.SendAsync(Roles.Monitor, b.DistrictCode, new Application.Feed.ListReportChanges.ListReportChangesQuery(b.District, 0, 1))).Value;
        var second = (await factory.SendAsync(Roles.Monitor, b.DistrictCode, new Application.Feed.ListReportChanges.ListReportChangesQuery(b.District, first.NextCursor, 1))).Value;
        var nothing = (await factory.SendAsync(Roles.Monitor, b.DistrictCode, new Application.Feed.ListReportChanges.ListReportChangesQuery(b.District, second.NextCursor, 10))).Value;

        first.Items.Select(i => i.OrganisationId).Should().Equal(b.Commune1);
        first.More.Should().BeTrue();
        second.Items.Select(i => i.OrganisationId).Should().Equal(b.Commune2);
        second.More.Should().BeFalse();
        nothing.Items.Should().BeEmpty();
        nothing.NextCursor.Should().Be(second.NextCursor);

        (await factory.SendAsync(S, b.Commune1Code, Held(b.Commune1, 1, present: 99))).IsSuccess.Should().BeTrue();
        var since = (await factory.SendAsync(Roles.Monitor, b.DistrictCode, new Application.Feed.ListReportChanges.ListReportChangesQuery(b.District, nothing.NextCursor, 10))).Value;
        since.Items.Should().ContainSingle().Which.DelegatesPresent.Should().Be(99);
    }

    [Fact]
    public async Task A_results_file_is_refused_whole_when_one_row_is_inconsistent_and_written_whole_when_all_are()
    {
        var b = await BranchAsync();
        const string header = "code,version,documents_drafted_on,personnel_plan_approved_on,preparatory_session_on,congress_held_on,delegates_summoned,delegates_present,committee_seats,committee_elected,secretary\n";
        var bad = header
            + $"{b.Commune1Code},0,2025-05-01,2025-05-20,2025-06-09,10/06/2025,120,110,15,15,\"Nguyễn Văn A, Bí thư\"\n"
            + $"{b.Commune2Code},0,2025-05-01,2025-05-20,2025-06-09,2025-06-10,100,101,15,15,Trần B\n"
            + "NB-X01,0,,,,,,,,,\n";
        var refused = await factory.SendAsync(O, b.DistrictCode, new Application.Exchange.ImportReports.ImportReportsCommand(b.District, bad));

        refused.Error!.Code.Should().Be("reporting.import.invalid");
        refused.Error.Message.Should().Contain("Dòng 3").And.Contain("Dòng 4").And.NotContain("Dòng 2");
        (await factory.SendAsync(O, b.DistrictCode, new GetProgressQuery(b.Commune1))).Value.Version.Should().Be(0, "the good row was not written either");
        (await RollupAsync(b.District, b.DistrictCode)).Value.Started.Should().Be(0);

        var good = header
            + $"{b.Commune1Code},0,2025-05-01,2025-05-20,2025-06-09,10/06/2025,120,110,15,15,\"Nguyễn Văn A, Bí thư\"\n"
            + $"{b.Commune2Code},0,2025-05-01,2025-05-20,2025-06-09,2025-06-10,100,95,15,15,Trần B\n";
        var imported = await factory.SendAsync(O, b.DistrictCode, new Application.Exchange.ImportReports.ImportReportsCommand(b.District, good));

        imported.IsSuccess.Should().BeTrue(imported.Error?.Message);
        imported.Value.Should().Be(2);
        var rollup = (await RollupAsync(b.District, b.DistrictCode)).Value;
        rollup.Reported.Should().Be(2);
        rollup.DelegatesPresent.Should().Be(205);
        (await factory.SendAsync(O, b.DistrictCode, new GetProgressQuery(b.Commune1))).Value.SecretaryName.Should().Be("Nguyễn Văn A, Bí thư");

        var csv = (await factory.SendAsync(Roles.Monitor, b.DistrictCode, new Application.Exchange.ExportReports.ExportReportsQuery(b.District))).Value;
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(4, "a header, the district and its two communes");
        lines.Should().Contain(l => l.StartsWith($"{b.Commune1Code},1,") && l.Contains("\"Nguyễn Văn A, Bí thư\""));
        var again = await factory.SendAsync(O, b.DistrictCode, new Application.Exchange.ImportReports.ImportReportsCommand(b.District, good));
        again.Error!.Message.Should().Contain("phiên bản 1", "a file exported before a change is stale as a whole");
    }

    [Fact]
    public async Task The_reminder_job_lists_the_overdue_communes_for_their_district()
    {
        var b = await BranchAsync();
        (await factory.SendAsync(S, b.Commune1Code, Held(b.Commune1, 0))).IsSuccess.Should().BeTrue();

        (await factory.SendAsync(Roles.SystemAdmin, null, new RefreshRemindersCommand())).IsSuccess.Should().BeTrue();

        var reminders = (await factory.SendAsync(O, b.DistrictCode, new ListRemindersQuery(b.District))).Value;
        reminders.Should().ContainSingle().Which.OrganisationId.Should().Be(b.Commune2);
        reminders[0].Kind.Should().Be("Overdue", "the communes' 2025 deadline has passed");
    }

    [Fact]
    public async Task The_congress_run_in_the_platform_fills_its_report_from_delegates_attendance_and_a_secret_ballot_with_the_members_structure()
    {
        var nb = await IdOfAsync("NB");
        var congressId = (await factory.AsCallerAsync(O, "NB", s => s.GetRequiredService<Congress.Shared.Infrastructure.Portal.ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        int official;
        await using (var scope = factory.Services.CreateAsyncScope())
            official = (await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default)).Count(d => d.Kind == "Official");
        ProgressReportDto? report = null;
        for (var i = 0; i < 150 && report?.DelegatesSummoned != official; i++)
        {
            report = (await factory.SendAsync(O, "NB", new GetProgressQuery(nb))).Value;
            if (report.DelegatesSummoned != official) await Task.Delay(200);
        }

        official.Should().BeGreaterThan(0);
        report!.DelegatesSummonedSource.Should().Be("Platform");
        report.DelegatesSummoned.Should().Be(official, "every official delegate registered in Delegates is one summoned, never typed again");
        report.CongressId.Should().Be(congressId);

        // The province's officials enter the stages up to the preparatory session, leaving the summoned figure to the platform…
        var entered = await factory.SendAsync(O, "NB", new UpdateProgressCommand(nb, report.Version,
            DocumentsDraftedOn: new DateOnly(2025, 8, 1), PersonnelPlanApprovedOn: new DateOnly(2025, 9, 1), PreparatorySessionOn: new DateOnly(2025, 10, 1)));
        entered.IsSuccess.Should().BeTrue(entered.Error?.Message);
        entered.Value.DelegatesSummonedSource.Should().Be("Platform");
        entered.Value.DelegatesSummoned.Should().Be(official);

        // …then the roll call runs in the platform: each delegate seen in the hall is present, the first check-in dates the congress.
        var secretariat = await factory.ClientForAsync("thuky");
        await secretariat.PostAsync($"/api/attendance/congresses/{congressId}/sessions/close", null);
        (await secretariat.PostAsJsonAsync($"/api/attendance/congresses/{congressId}/sessions", new { name = "Phiên chính thức", kind = "Official" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        IReadOnlyList<RosterEntry> roster;
        await using (var scope = factory.Services.CreateAsyncScope())
            roster = await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default);
        foreach (var d in roster.Where(d => d.Kind == "Official").Take(3))
            (await secretariat.PostAsJsonAsync($"/api/attendance/congresses/{congressId}/manual-checkins", new { delegateId = d.DelegateId, reason = "Quên thẻ đại biểu" }))
                .StatusCode.Should().Be(HttpStatusCode.OK);
        for (var i = 0; i < 150 && report.DelegatesPresent != 3; i++)
        {
            await Task.Delay(200);
            report = (await factory.SendAsync(O, "NB", new GetProgressQuery(nb))).Value;
        }
        report.DelegatesPresent.Should().Be(3);
        report.DelegatesPresentSource.Should().Be("Platform");
        report.CongressHeldOn.Should().NotBeNull("the first check-in of the official session dates the congress");
        report.Stage.Should().Be("CongressHeld");
        report.Reported.Should().BeTrue();

        await ElectsItsCommitteeInTheRealChainAsync(congressId, nb, roster.Where(d => d.Kind == "Official").Take(3).ToList());
    }
}

public sealed class ReportingSqliteTests(CongressFactory factory) : ReportingTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class ReportingPostgresTests(PostgresCongressFactory factory) : ReportingTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
