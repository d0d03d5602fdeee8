using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Testing;
using FluentAssertions;
using Microsoft.Playwright;

namespace Congress.Portal.Tests;

/// <summary>
/// The live programme in real browsers: a delegate's tablet and the hall's screen follow the chair's changes (made here over
/// REST, as another secretariat member would) without anyone reloading them, and the tablet says what changed.
/// </summary>
public sealed class AgendaPortalTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    /// <summary>The secretariat's REST client (thuky, bearer token) and the demo congress, for what another chair does meanwhile.</summary>
    private async Task<(HttpClient Http, Guid CongressId)> SecretariatAsync()
    {
        var http = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };
        var token = await (await http.PostAsJsonAsync("/api/identity/token", new { userName = "thuky", password = CongressFactory.DemoPassword }))
            .Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return (http, (await http.GetFromJsonAsync<JsonElement>("/api/delegates/congresses"))[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_delegates_tablet_and_the_hall_screen_follow_a_programme_change_without_reload()
    {
        var (http, congressId) = await SecretariatAsync();
        using var _ = http;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var session = await (await http.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions", new { kind = "Official", title = "Phiên chính thức", day = today }))
            .Content.ReadFromJsonAsync<Guid>();
        var at = DateTime.SpecifyKind(today.ToDateTime(new TimeOnly(8, 0)).AddHours(-7), DateTimeKind.Utc);
        var first = await (await http.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions/{session}/items",
            new { title = "Khai mạc Đại hội", kind = "Ceremony", plannedStartUtc = at, plannedMinutes = 30 })).Content.ReadFromJsonAsync<JsonElement>();

        var tablet = await portal.SignInAsync("daibieu01");
        await tablet.GotoAsync("/agenda/tablet");
        await Assertions.Expect(tablet.GetByTestId("programme-item").Filter(new() { HasText = "Khai mạc Đại hội" })).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Assertions.Expect(tablet.GetByTestId("tablet")).ToHaveAttributeAsync("data-live", "yes", new() { Timeout = 10_000 }); // listening
        var screen = await portal.SignInAsync("thuky");
        await screen.GotoAsync($"/agenda/screen/{congressId}");
        await Assertions.Expect(screen.GetByTestId("screen-item")).ToHaveTextAsync("Chương trình Đại hội", new() { Timeout = 10_000 });
        await Assertions.Expect(screen.GetByTestId("agenda-screen")).ToHaveAttributeAsync("data-live", "yes", new() { Timeout = 10_000 });
        await tablet.EvaluateAsync("window.__notReloaded = true");

        (await http.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions/{session}/items",
            new { title = "Báo cáo chính trị", kind = "Report", plannedStartUtc = at.AddMinutes(30), plannedMinutes = 60, position = 1 })).EnsureSuccessStatusCode();
        (await http.PostAsync($"/api/agenda/congresses/{congressId}/items/{first.GetProperty("id").GetGuid()}/start", null)).EnsureSuccessStatusCode();

        await Assertions.Expect(tablet.GetByTestId("now-title")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Khai mạc Đại hội$"), new() { Timeout = 5_000 });
        await Assertions.Expect(tablet.GetByTestId("live-notice")).ToContainTextAsync("Bắt đầu: Khai mạc Đại hội", new() { Timeout = 5_000 });
        await Assertions.Expect(tablet.GetByTestId("programme-item").Filter(new() { HasText = "Báo cáo chính trị" })).ToBeVisibleAsync();
        await Assertions.Expect(screen.GetByTestId("screen-item")).ToContainTextAsync("Khai mạc Đại hội", new() { Timeout = 5_000 });
        (await tablet.EvaluateAsync<bool>("window.__notReloaded === true")).Should().BeTrue("the tablet changed without a reload");
        (await tablet.GetByTestId("programme-item").First.InnerTextAsync()).Should().Contain("Báo cáo chính trị", "inserted at position 1");
    }

    [Fact]
    public async Task The_chair_sets_speaking_rules_and_an_election_with_candidates_and_a_groups_secretary_files_its_report()
    {
        var (http, congressId) = await SecretariatAsync();
        using var _ = http;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var session = await (await http.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions", new { kind = "Preparatory", title = "Phiên trù bị", day = today }))
            .Content.ReadFromJsonAsync<Guid>();
        var at = DateTime.SpecifyKind(today.ToDateTime(new TimeOnly(7, 0)).AddHours(-7), DateTimeKind.Utc);
        (await http.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions/{session}/items",
            new { title = "Bầu Đoàn Chủ tịch Đại hội", kind = "Election", plannedStartUtc = at, plannedMinutes = 20 })).EnsureSuccessStatusCode();
        var discussion = (await (await http.PostAsJsonAsync($"/api/agenda/congresses/{congressId}/sessions/{session}/items",
            new { title = "Thảo luận tổ về dự thảo Báo cáo chính trị", kind = "Discussion", plannedStartUtc = at.AddMinutes(30), plannedMinutes = 60 }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var qualified = (await http.GetFromJsonAsync<JsonElement>($"/api/delegates/congresses/{congressId}/delegates?kind=Official&credentialsStatus=Approved&pageSize=3"))
            .GetProperty("items").EnumerateArray().ToList();
        var codes = qualified.Select(d => d.GetProperty("code").GetString()!).ToList();

        // The chair's page: the election item's settings — speaking rules, then its poll with candidates.
        var chair = await portal.SignInAsync("thuky");
        await chair.GotoAsync("/agenda");
        var row = chair.GetByTestId("item-row").Filter(new() { HasText = "Bầu Đoàn Chủ tịch Đại hội" });
        await row.GetByTestId("item-settings").ClickAsync(new() { Timeout = 10_000 });
        var panel = chair.GetByTestId("item-panel");
        await panel.GetByTestId("max-speakers").FillAsync("5");
        await panel.GetByTestId("seconds-per-speaker").FillAsync("300");
        await panel.GetByTestId("max-per-delegation").FillAsync("1");
        await panel.GetByTestId("speaking-rules").GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(chair.GetByTestId("agenda-message")).ToHaveTextAsync("Đã cập nhật.", new() { Timeout = 5_000 });

        await panel.GetByTestId("poll-body").SelectOptionAsync("Presidium");
        await panel.GetByTestId("poll-seats").FillAsync("2");
        await panel.GetByTestId("poll-candidates").FillAsync($"{codes[0]}\nKHONG-CO-MA-NAY");
        await panel.GetByTestId("poll-create").ClickAsync();
        await Assertions.Expect(chair.GetByTestId("agenda-message")).ToContainTextAsync("KHONG-CO-MA-NAY", new() { Timeout = 5_000 }); // named, nothing created
        await panel.GetByTestId("poll-candidates").FillAsync(string.Join("\n", codes));
        await panel.GetByTestId("poll-create").ClickAsync();
        await Assertions.Expect(panel.GetByTestId("poll-bound")).ToBeVisibleAsync(new() { Timeout = 5_000 });

        var items = (await http.GetFromJsonAsync<JsonElement>($"/api/agenda/congresses/{congressId}/programme")).GetProperty("sessions").EnumerateArray()
            .SelectMany(x => x.GetProperty("items").EnumerateArray()).ToList();
        var election = items.Single(i => i.GetProperty("title").GetString() == "Bầu Đoàn Chủ tịch Đại hội");
        election.GetProperty("maxSpeakers").GetInt32().Should().Be(5);
        election.GetProperty("secondsPerSpeaker").GetInt32().Should().Be(300);
        election.GetProperty("maxPerDelegation").GetInt32().Should().Be(1);
        election.GetProperty("pollId").ValueKind.Should().Be(JsonValueKind.String, "the poll was requested once, after the refused list");
        election.GetProperty("body").GetString().Should().Be("Presidium");

        // The groups' page: the committee appoints daibieu01 secretary of its group; daibieu01 files the group's report.
        var me = qualified[0];
        var groupId = me.GetProperty("discussionGroupId").GetGuid();
        var groups = await http.GetFromJsonAsync<JsonElement>($"/api/agenda/congresses/{congressId}/groups");
        var version = groups.EnumerateArray().Single(g => g.GetProperty("groupId").GetGuid() == groupId).GetProperty("officersVersion").GetInt32();
        (await http.PutAsJsonAsync($"/api/agenda/congresses/{congressId}/groups/{groupId}/officers",
            new { version, chairDelegateId = (Guid?)null, secretaryDelegateId = me.GetProperty("id").GetGuid() })).EnsureSuccessStatusCode();

        var secretary = await portal.SignInAsync("daibieu01");
        await secretary.GotoAsync("/agenda/groups");
        await Assertions.Expect(secretary.GetByTestId("groups-page")).ToHaveAttributeAsync("data-interactive", "yes", new() { Timeout = 10_000 });
        await Assertions.Expect(secretary.GetByTestId("group-row").First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await secretary.GetByTestId("report-item").SelectOptionAsync(discussion.ToString());
        await secretary.GetByTestId("report-text").FillAsync("Tổ nhất trí với dự thảo; đề nghị làm rõ giải pháp chuyển đổi số cấp xã.");
        await secretary.GetByTestId("report-file").ClickAsync();
        await Assertions.Expect(secretary.GetByTestId("groups-message")).ToHaveTextAsync("Đã gửi báo cáo của tổ.", new() { Timeout = 5_000 });
        await Assertions.Expect(secretary.GetByTestId("group-report")).ToContainTextAsync("chuyển đổi số cấp xã");

        (await secretary.GetByTestId("group-appoint").CountAsync()).Should().Be(0, "a delegate appoints no group officers");
        await secretary.GotoAsync("/agenda");
        await Assertions.Expect(secretary.GetByTestId("item-row").First).ToBeVisibleAsync(new() { Timeout = 10_000 });
        (await secretary.GetByTestId("item-settings").CountAsync()).Should().Be(0, "a delegate's tablet has no chair's settings");

        var reports = await http.GetFromJsonAsync<JsonElement>($"/api/agenda/congresses/{congressId}/group-reports?itemId={discussion}");
        reports.EnumerateArray().Should().ContainSingle(r => r.GetProperty("groupId").GetGuid() == groupId
            && r.GetProperty("text").GetString()!.Contains("chuyển đổi số cấp xã"));
    }
}
