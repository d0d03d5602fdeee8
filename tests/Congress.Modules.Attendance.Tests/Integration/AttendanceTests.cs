using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Congress.Modules.Attendance.Application.Badges.GetBadge;
using Congress.Modules.Attendance.Application.CheckIns;
using Congress.Modules.Attendance.Application.CheckIns.CheckInByBadge;
using Congress.Modules.Attendance.Application.CheckIns.RecordCheckIn;
using Congress.Modules.Attendance.Application.Reconciliation.ListFindings;
using Congress.Modules.Attendance.Application.Reconciliation.ReconcileAttendance;
using Congress.Modules.Attendance.Application.RollCall.GetPresenceHistory;
using Congress.Modules.Attendance.Application.RollCall.GetRollCall;
using Congress.Modules.Attendance.Application.Sessions.CloseSession;
using Congress.Modules.Attendance.Application.Sessions.OpenSession;
using Congress.Modules.Attendance.Contracts;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Attendance.Tests.Integration;

/// <summary>The roll call on a real migrated database with the demo congress (450 official delegates); SQLite and PostgreSQL.</summary>
public abstract class AttendanceTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private const string Province = "NB";

    private Task<T> AsSecretariat<T>(MediatR.IRequest<T> request) => factory.SendAsync(Roles.Secretariat, Province, request);

    private async Task<Guid> CongressIdAsync() =>
        (await factory.AsCallerAsync(Roles.Secretariat, Province, s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;

    private async Task<IReadOnlyList<RosterEntry>> RosterAsync(Guid congressId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default);
    }

    /// <summary>The demo congress with a fresh session open (any earlier one closed), so nobody is inside yet.</summary>
    private async Task<(Guid CongressId, IReadOnlyList<RosterEntry> Official)> FreshSessionAsync(string name = "Phiên trù bị")
    {
        var congressId = await CongressIdAsync();
        await AsSecretariat(new CloseSessionCommand(congressId));
        (await AsSecretariat(new OpenSessionCommand(congressId, name, "Preparatory"))).IsSuccess.Should().BeTrue();
        var official = (await RosterAsync(congressId)).Where(d => d.Kind == "Official").ToList();
        return (congressId, official);
    }

    private Task<Result<CheckInDto>> ManualAsync(Guid congressId, Guid delegateId, string direction = "Entry", string? scanKey = null) =>
        AsSecretariat(new RecordCheckInCommand(congressId, delegateId, direction, "Manual", "Quên thẻ đại biểu", "Bàn thư ký", scanKey));

    private async Task<RollCallDto> RollCallAsync(Guid congressId) => (await AsSecretariat(new GetRollCallQuery(congressId))).Value;

    [Fact]
    public async Task Entry_duplicate_scan_already_inside_exit_and_re_entry_make_an_append_only_ledger()
    {
        var (congressId, official) = await FreshSessionAsync();
        var delegateId = official[0].DelegateId;

        var entered = (await ManualAsync(congressId, delegateId, scanKey: "scan-1")).Value;
        var resent = (await ManualAsync(congressId, delegateId, scanKey: "scan-1")).Value;
        var seenAgain = (await ManualAsync(congressId, delegateId, scanKey: "scan-2")).Value;
        var left = (await ManualAsync(congressId, delegateId, "Exit")).Value;
        var leftAgain = (await ManualAsync(congressId, delegateId, "Exit")).Value;
        var back = (await ManualAsync(congressId, delegateId)).Value;

        new[] { entered, resent, seenAgain, left, leftAgain, back }.Select(r => r.Outcome)
            .Should().Equal("Recorded", "DuplicateScan", "AlreadyInside", "Recorded", "NotInside", "Recorded");
        entered.PresentNow.Should().Be(1);
        seenAgain.Message.Should().Contain("đã ở trong hội trường");
        left.PresentNow.Should().Be(0);
        var history = (await AsSecretariat(new GetPresenceHistoryQuery(congressId, delegateId))).Value.Where(l => l.SessionName == "Phiên trù bị").ToList();
        history.TakeLast(3).Select(l => (l.Sequence, l.Direction)).Should().Equal((1, "Entry"), (2, "Exit"), (3, "Entry"));
        history.TakeLast(3).Should().OnlyContain(l => l.Method == "Manual" && l.Reason == "Quên thẻ đại biểu");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AttendanceDbContext>();
        var outbox = await db.OutboxMessages.Select(m => m.Type).ToListAsync();
        outbox.Should().Contain(t => t.Contains(nameof(DelegateCheckedInIntegrationEvent))).And.Contain(t => t.Contains(nameof(DelegateCheckedOutIntegrationEvent)));
    }

    [Fact]
    public async Task Two_gates_seeing_one_delegate_at_the_same_instant_write_one_entry()
    {
        var (congressId, official) = await FreshSessionAsync();
        var delegateId = official[1].DelegateId;
        var token = (await AsSecretariat(new GetBadgeQuery(congressId, delegateId))).Value.Token;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            AsSecretariat(new CheckInByBadgeCommand(congressId, token, "Entry", $"Cổng {i % 4}", i < 4 ? "same-scan" : null)))));

        outcomes.Should().OnlyContain(o => o.IsSuccess);
        outcomes.Count(o => o.Value.Outcome == "Recorded").Should().Be(1);
        outcomes.Select(o => o.Value.Outcome).Should().OnlyContain(o => o == "Recorded" || o == "AlreadyInside" || o == "DuplicateScan");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AttendanceDbContext>();
        var session = await db.Sessions.SingleAsync(s => s.CongressId == congressId && s.ClosedAtUtc == null);
        (await db.Events.CountAsync(e => e.SessionId == session.Id && e.DelegateId == delegateId)).Should().Be(1);
    }

    [Fact]
    public async Task Badges_that_are_forged_or_of_another_congress_are_refused_and_a_genuine_one_checks_in()
    {
        var (congressId, official) = await FreshSessionAsync();
        var badge = (await AsSecretariat(new GetBadgeQuery(congressId, official[2].DelegateId))).Value;
        badge.QrSvg.Should().StartWith("<svg");
        var otherCongress = badge.Token.Replace(congressId.ToString("N"), Guid.NewGuid().ToString("N"));
        var forged = badge.Token[..^3] + "xyz";

        (await AsSecretariat(new CheckInByBadgeCommand(congressId, forged))).Error!.Code.Should().Be("attendance.badge.forged");
        (await AsSecretariat(new CheckInByBadgeCommand(congressId, otherCongress))).Error!.Code.Should().Be("attendance.badge.forged", "changing the congress breaks the signature");
        var genuine = await AsSecretariat(new CheckInByBadgeCommand(congressId, badge.Token, Gate: "Cổng chính"));

        genuine.Value.Outcome.Should().Be("Recorded");
        genuine.Value.Method.Should().Be("QrBadge");
        genuine.Value.FullName.Should().Be(official[2].FullName);
        (await RollCallAsync(congressId)).PresentAll.Should().Be(1);
    }

    [Fact]
    public async Task Exactly_two_thirds_of_the_summoned_is_not_a_quorum_and_one_more_is()
    {
        var (congressId, official) = await FreshSessionAsync("Phiên chính thức thứ nhất");
        var twoThirds = official.Count * 2 / 3;
        official.Count.Should().Be(450);

        foreach (var chunk in official.Take(twoThirds).Chunk(10))
            await Task.WhenAll(chunk.Select(d => ManualAsync(congressId, d.DelegateId)));
        var atTwoThirds = await RollCallAsync(congressId);
        await ManualAsync(congressId, official[twoThirds].DelegateId);
        var oneMore = await RollCallAsync(congressId);

        atTwoThirds.PresentOfficial.Should().Be(300);
        atTwoThirds.Quorum.Should().BeEquivalentTo(new { Met = false, Required = 301, Strict = true });
        oneMore.PresentOfficial.Should().Be(301);
        oneMore.Quorum.Met.Should().BeTrue();
    }

    [Fact]
    public async Task The_missing_list_names_the_absent_by_delegation()
    {
        var (congressId, official) = await FreshSessionAsync();
        var delegation = official.GroupBy(d => d.Delegation).First(g => g.Count() >= 3);
        var members = delegation.OrderBy(d => d.Code).ToList();
        foreach (var d in members.Skip(1)) await ManualAsync(congressId, d.DelegateId);

        var rollCall = await RollCallAsync(congressId);

        var row = rollCall.Delegations.Single(d => d.Delegation == delegation.Key);
        row.Summoned.Should().Be(members.Count);
        row.Present.Should().Be(members.Count - 1);
        row.Missing.Select(m => m.FullName).Should().Equal(members[0].FullName);
        rollCall.Delegations.Where(d => d.Delegation != delegation.Key).Should().OnlyContain(d => d.Present == 0 && d.Missing.Count == d.Summoned);
        rollCall.Recent.Should().HaveCount(members.Count - 1);
    }

    [Fact]
    public async Task A_poll_opened_during_a_session_lets_only_the_delegates_inside_vote()
    {
        var (congressId, official) = await FreshSessionAsync("Phiên biểu quyết");
        var qualified = official.Where(d => d.CredentialsApproved).ToList();
        foreach (var d in qualified.Take(3)) (await ManualAsync(congressId, d.DelegateId)).Value.Outcome.Should().Be("Recorded");
        var chair = await ClientAsync(Roles.Secretariat);

        var created = await chair.PostAsJsonAsync($"/api/voting/congresses/{congressId}/polls", new { title = "Thông qua chương trình", kind = "Motion", visibility = "SecretElectronic" });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var pollId = await created.Content.ReadFromJsonAsync<Guid>();
        var opened = await chair.PostAsJsonAsync($"/api/voting/polls/{pollId}/open", new { });
        opened.StatusCode.Should().Be(HttpStatusCode.OK);
        (await opened.Content.ReadFromJsonAsync<PollBody>())!.Eligible.Should().Be(3, "only the three delegates inside the hall are eligible");

        var inside = await CastAsync(pollId, qualified[0].DelegateId);
        var outside = await CastAsync(pollId, qualified[5].DelegateId);
        inside.StatusCode.Should().Be(HttpStatusCode.OK);
        ((int)outside.StatusCode).Should().BeInRange(400, 499);
    }

    [Fact]
    public async Task Reconciliation_finds_manual_entries_the_camera_also_saw()
    {
        var (congressId, official) = await FreshSessionAsync("Phiên đối soát");
        var delegateId = official[3].DelegateId;
        (await AsSecretariat(new RecordCheckInCommand(congressId, delegateId, "Entry", "Face", null, "Cổng A", Similarity: 0.8f))).Value.Outcome.Should().Be("Recorded");
        await ManualAsync(congressId, delegateId, "Exit");
        await ManualAsync(congressId, delegateId);
        await ManualAsync(congressId, official[4].DelegateId);

        var count = (await AsSecretariat(new ReconcileAttendanceCommand(congressId))).Value;
        var findings = (await AsSecretariat(new ListFindingsQuery(congressId))).Value;

        findings.Should().HaveCount(count);
        findings.Where(f => f.Kind == "ManualEntrySeenByCamera").Should().ContainSingle(f => f.DelegateId == delegateId)
            .Which.Detail.Should().Contain(official[3].FullName);
        findings.Where(f => f.Kind == "ManualEntrySeenByCamera").Should().NotContain(f => f.DelegateId == official[4].DelegateId, "nobody's camera saw the other delegate");
    }

    [Fact]
    public async Task A_session_is_returned_with_every_field_mapped()
    {
        var congressId = await CongressIdAsync();
        await AsSecretariat(new CloseSessionCommand(congressId));

        var opened = (await AsSecretariat(new OpenSessionCommand(congressId, "Phiên ánh xạ", "Official"))).Value;
        var closed = (await AsSecretariat(new CloseSessionCommand(congressId))).Value;

        opened.Should().BeEquivalentTo(new { CongressId = congressId, Name = "Phiên ánh xạ", Kind = "Official", IsOpen = true, ClosedAtUtc = (DateTime?)null });
        opened.Id.Should().NotBeEmpty();
        opened.OpenedBy.Should().NotBeNullOrEmpty();
        opened.OpenedAtUtc.Kind.Should().Be(DateTimeKind.Utc);
        closed.Id.Should().Be(opened.Id);
        closed.IsOpen.Should().BeFalse();
        closed.ClosedAtUtc.Should().NotBeNull();
    }

    [Fact]
    public async Task A_commune_cannot_see_or_act_on_the_province_congress()
    {
        var (congressId, official) = await FreshSessionAsync();

        var rollCall = await factory.SendAsync(Roles.Secretariat, "NB-X01", new GetRollCallQuery(congressId));
        var checkIn = await factory.SendAsync(Roles.Secretariat, "NB-X01", new RecordCheckInCommand(congressId, official[0].DelegateId, "Entry", "Manual", "thử"));
        var close = await factory.SendAsync(Roles.OrganisingCommittee, "NB-X01", new CloseSessionCommand(congressId));

        rollCall.Error!.Kind.Should().Be(ErrorKind.NotFound);
        checkIn.Error!.Kind.Should().Be(ErrorKind.NotFound);
        close.Error!.Kind.Should().Be(ErrorKind.NotFound);
        (await RollCallAsync(congressId)).PresentAll.Should().Be(0);
    }

    [Fact]
    public async Task Bad_input_is_a_4xx_problem_and_writes_nothing()
    {
        var (congressId, official) = await FreshSessionAsync();
        var gate = await ClientAsync(Roles.Secretariat);
        var monitor = await ClientAsync(Roles.Monitor, "TW");

        var noReason = await gate.PostAsJsonAsync($"/api/attendance/congresses/{congressId}/manual-checkins", new { delegateId = official[0].DelegateId, reason = "" });
        var unknownDelegate = await gate.PostAsJsonAsync($"/api/attendance/congresses/{congressId}/manual-checkins", new { delegateId = Guid.NewGuid(), reason = "thử" });
        var notJson = await gate.PostAsync($"/api/attendance/congresses/{congressId}/manual-checkins", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        var forged = await gate.PostAsJsonAsync($"/api/attendance/congresses/{congressId}/qr-checkins", new { token = "CB1.x.y.z" });
        var text = await gate.PostAsync($"/api/attendance/congresses/{congressId}/face-checkins", new StringContent("hello", System.Text.Encoding.UTF8, "text/plain"));
        var notAJpeg = await gate.PostAsync($"/api/attendance/congresses/{congressId}/face-checkins", Image("image/jpeg", [1, 2, 3, 4]));
        var huge = await gate.PostAsync($"/api/attendance/congresses/{congressId}/face-checkins", Image("image/jpeg", [0xFF, 0xD8, 0xFF, .. new byte[3 * 1024 * 1024]]));
        var badKind = await gate.PostAsJsonAsync($"/api/attendance/congresses/{congressId}/sessions", new { name = "X", kind = "Party" });
        var monitorWrites = await monitor.PostAsJsonAsync($"/api/attendance/congresses/{congressId}/manual-checkins", new { delegateId = official[0].DelegateId, reason = "thử" });

        ((int)noReason.StatusCode).Should().Be(400);
        (await noReason.Content.ReadAsStringAsync()).Should().Contain("lý do");
        unknownDelegate.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ((int)notJson.StatusCode).Should().Be(400);
        forged.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        text.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        notAJpeg.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        huge.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        badKind.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        monitorWrites.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        noReason.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await RollCallAsync(congressId)).PresentAll.Should().Be(0);
        (await monitor.GetAsync($"/api/attendance/congresses/{congressId}/roll-call")).StatusCode.Should().Be(HttpStatusCode.OK, "monitors read");
    }

    [Fact]
    public async Task A_corrupt_camera_frame_is_answered_bad_image_and_enters_nobody()
    {
        var (congressId, _) = await FreshSessionAsync();
        var gate = await ClientAsync(Roles.OrganisingCommittee);

        var response = await gate.PostAsync($"/api/attendance/congresses/{congressId}/face-checkins?gate=Cổng%20A", Image("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var answer = (await response.Content.ReadFromJsonAsync<FaceBody>())!;
        answer.Face.Outcome.Should().Be("BadImage", "a PNG signature with nothing after it is no image");
        answer.CheckIn.Should().BeNull();
        (await RollCallAsync(congressId)).PresentAll.Should().Be(0);
    }

    [Fact]
    public async Task Only_one_session_is_open_at_a_time_and_the_register_is_null_without_one()
    {
        var (congressId, official) = await FreshSessionAsync();
        await ManualAsync(congressId, official[0].DelegateId);

        var second = await AsSecretariat(new OpenSessionCommand(congressId, "Phiên khác", "Official"));
        var present = await Register(congressId);
        await AsSecretariat(new CloseSessionCommand(congressId));
        var afterClose = await Register(congressId);

        second.Error!.Code.Should().Be("attendance.session.already_open");
        present.Should().BeEquivalentTo([official[0].DelegateId]);
        afterClose.Should().BeNull("no roll call is running, so Voting falls back to its own list");
    }

    private async Task<IReadOnlySet<Guid>?> Register(Guid congressId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAttendanceRegister>().PresentDelegateIdsAsync(congressId, default);
    }

    private async Task<HttpClient> ClientAsync(string role, string organisation = Province)
    {
        Guid organisationId;
        await using (var scope = factory.Services.CreateAsyncScope())
            organisationId = (await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync(organisation, default))!.Value;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.BearerTokenFor(role, organisationId));
        return client;
    }

    private async Task<HttpResponseMessage> CastAsync(Guid pollId, Guid delegateId)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.BearerTokenFor(Roles.Delegate, delegateId: delegateId));
        return await client.PostAsJsonAsync($"/api/voting/polls/{pollId}/ballots", new { ballotId = Guid.NewGuid(), selections = new[] { "for" } });
    }

    private static ByteArrayContent Image(string type, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private sealed record PollBody(Guid Id, int Eligible);
}

internal sealed record FaceOutcomeBody(string Outcome, string Reason);
internal sealed record FaceBody(FaceOutcomeBody Face, object? CheckIn, string Message);

public sealed class AttendanceSqliteTests(CongressFactory factory) : AttendanceTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class AttendancePostgresTests(PostgresCongressFactory factory) : AttendanceTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;

/// <summary>The host with the Biometrics module switched off (Modules:Biometrics:Enabled=false), as where no camera models are installed.</summary>
public sealed class NoFaceRecognitionFactory : CongressFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Modules:Biometrics:Enabled", "false");
    }
}

/// <summary>Without face recognition the kiosk says so and points to the badge, and the badge still lets the delegate in.</summary>
public sealed class AttendanceWithoutFaceRecognitionTests(NoFaceRecognitionFactory factory) : IClassFixture<NoFaceRecognitionFactory>
{
    [Fact]
    public async Task The_kiosk_hears_unavailable_and_the_qr_badge_still_checks_in()
    {
        var congressId = (await factory.AsCallerAsync(Roles.Secretariat, "NB", s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        (await factory.SendAsync(Roles.Secretariat, "NB", new OpenSessionCommand(congressId, "Phiên trù bị", "Preparatory"))).IsSuccess.Should().BeTrue();
        IReadOnlyList<RosterEntry> roster;
        await using (var scope = factory.Services.CreateAsyncScope())
            roster = await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default);
        var badge = (await factory.SendAsync(Roles.Secretariat, "NB", new GetBadgeQuery(congressId, roster.First(d => d.Kind == "Official").DelegateId))).Value;
        using var gate = factory.CreateClient();
        gate.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.BearerTokenFor(Roles.SystemAdmin));

        var face = await gate.PostAsync($"/api/attendance/congresses/{congressId}/face-checkins?gate=Cổng%20A",
            new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xD9]) { Headers = { ContentType = new MediaTypeHeaderValue("image/jpeg") } });
        var qr = await gate.PostAsJsonAsync($"/api/attendance/congresses/{congressId}/qr-checkins", new { token = badge.Token, gate = "Cổng A" });

        var answer = (await face.Content.ReadFromJsonAsync<FaceBody>())!;
        answer.Face.Outcome.Should().Be("Unavailable");
        answer.Message.Should().Contain("dùng mã QR");
        qr.StatusCode.Should().Be(HttpStatusCode.OK, await qr.Content.ReadAsStringAsync());
        (await factory.SendAsync(Roles.Secretariat, "NB", new GetRollCallQuery(congressId))).Value.PresentAll.Should().Be(1);
    }
}
