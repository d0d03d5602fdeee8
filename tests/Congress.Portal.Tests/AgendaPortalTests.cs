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
    [Fact]
    public async Task A_delegates_tablet_and_the_hall_screen_follow_a_programme_change_without_reload()
    {
        using var http = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };
        var token = await (await http.PostAsJsonAsync("/api/identity/token", new { userName = "thuky", password = CongressFactory.DemoPassword }))
            .Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var congressId = (await http.GetFromJsonAsync<JsonElement>("/api/delegates/congresses"))[0].GetProperty("id").GetGuid();
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
}
