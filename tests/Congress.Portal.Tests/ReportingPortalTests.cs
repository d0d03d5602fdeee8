using System.Net.Http.Json;
using FluentAssertions;
using Microsoft.Playwright;

namespace Congress.Portal.Tests;

/// <summary>Nationwide monitoring in a real browser: a commune enters its congress, the province sees it roll up and drills down.</summary>
public sealed class ReportingPortalTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_commune_enters_its_congress_and_the_province_sees_it_in_its_rollup_and_drill_down()
    {
        var province = await portal.SignInAsync("btc");
        await province.GotoAsync("/reporting");
        await Assertions.Expect(province.GetByTestId("rollup-expected")).Not.ToHaveTextAsync("0", new() { Timeout = 15_000 });
        var reportedBefore = int.Parse(await province.GetByTestId("rollup-reported").InnerTextAsync());

        var commune = await portal.SignInAsync("btc.x01");
        await commune.GotoAsync("/reporting");
        await Assertions.Expect(commune.GetByTestId("report-save")).ToBeEnabledAsync(new() { Timeout = 15_000 });
        await commune.GetByTestId("f-documents").FillAsync("2025-05-02");
        await commune.GetByTestId("f-personnel").FillAsync("2025-05-20");
        await commune.GetByTestId("f-preparatory").FillAsync("2025-06-09");
        await commune.GetByTestId("f-held").FillAsync("2025-06-10");
        await commune.GetByTestId("f-summoned").FillAsync("150");
        await commune.GetByTestId("f-present").FillAsync("151");
        await commune.GetByTestId("report-save").ClickAsync();
        await Assertions.Expect(commune.GetByTestId("reporting-message")).ToContainTextAsync("có mặt (151) nhiều hơn số được triệu tập (150)");

        await commune.GetByTestId("f-present").FillAsync("148");
        await commune.GetByTestId("report-save").ClickAsync();
        await Assertions.Expect(commune.GetByTestId("reporting-message")).ToHaveTextAsync("Đã lưu báo cáo.");

        using (var api = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) })
        {
            var token = await (await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(api, "/api/identity/token", new { userName = "btc.x01", password = Congress.Testing.CongressFactory.DemoPassword }))
                .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            api.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
            var me = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/reporting/me");
            var report = await api.GetStringAsync($"/api/reporting/organisations/{me.GetProperty("organisationId").GetString()}/report");
            report.Should().Contain("\"stage\":\"CongressHeld\"", report);
        }
        await province.ReloadAsync();
        await Assertions.Expect(province.GetByTestId("rollup-reported")).ToHaveTextAsync((reportedBefore + 1).ToString(), new() { Timeout = 15_000 });
        var row = province.Locator("[data-testid=child]:has-text('NB-X01')");
        await Assertions.Expect(row).ToContainTextAsync("Đã đại hội");
        (await province.GetByTestId("missing").InnerTextAsync()).Should().NotContain("(NB-X01)").And.Contain("(NB-X02)");

        // Drill down into the commune: its own roll-up (its cells), and the trail back to the province.
        await Assertions.Expect(row.GetByTestId("drill")).ToBeEnabledAsync(new() { Timeout = 15_000 }); // the circuit is live
        await row.GetByTestId("drill").ClickAsync();
        await Assertions.Expect(province.GetByTestId("reporting-trail")).ToContainTextAsync("Đảng bộ xã");
        await Assertions.Expect(province.GetByTestId("rollup-expected")).ToHaveTextAsync("1");
        (await province.GetByTestId("report-form").CountAsync()).Should().Be(0, "the province does not type in a commune's report");
    }

    [Fact]
    public async Task A_commune_reports_a_difficulty_the_province_answers_it_and_the_commune_reads_the_answer()
    {
        var title = $"Thiếu hội trường {Guid.NewGuid():N}"[..24];
        var commune = await portal.SignInAsync("btc.x01");
        await commune.GotoAsync("/reporting/difficulties");
        await Assertions.Expect(commune.GetByTestId("d-report")).ToBeEnabledAsync(new() { Timeout = 15_000 });
        await commune.GetByTestId("d-title").FillAsync(title);
        await commune.GetByTestId("d-description").FillAsync("Nhà văn hóa xã đang sửa, chưa có nơi họp phiên trù bị.");
        await commune.GetByTestId("d-report").ClickAsync();
        await Assertions.Expect(commune.GetByTestId("difficulty-message")).ToContainTextAsync("Đã gửi");
        await Assertions.Expect(commune.GetByTestId("d-status")).ToHaveTextAsync("Chờ tỉnh trả lời");

        var province = await portal.SignInAsync("btc");
        await province.GotoAsync("/reporting/difficulties");
        var row = province.Locator($"[data-testid=difficulty-row]:has-text('{title}')");
        await Assertions.Expect(row).ToContainTextAsync("chờ cấp mình", new() { Timeout = 15_000 });
        await Assertions.Expect(row.GetByTestId("d-open")).ToBeEnabledAsync(new() { Timeout = 15_000 });
        await row.GetByTestId("d-open").ClickAsync();
        await Assertions.Expect(province.GetByTestId("d-answer")).ToBeVisibleAsync();
        await province.GetByTestId("d-reply").FillAsync("Mượn hội trường trường THCS; tỉnh đã báo nhà trường.");
        await province.GetByTestId("d-answer").ClickAsync();
        await Assertions.Expect(province.GetByTestId("d-status")).ToHaveTextAsync("Tỉnh đã trả lời");

        // The commune's page, left open, shows the answer by itself (live signal, re-read through the mediator)…
        await Assertions.Expect(commune.GetByTestId("d-status")).ToHaveTextAsync("Tỉnh đã trả lời", new() { Timeout = 15_000 });
        await Assertions.Expect(commune.GetByTestId("d-thread")).ToContainTextAsync("Mượn hội trường trường THCS");

        // …and after a reload, from the list.
        await commune.ReloadAsync();
        var mine = commune.Locator($"[data-testid=difficulty-row]:has-text('{title}')");
        await Assertions.Expect(mine.GetByTestId("d-row-status")).ToHaveTextAsync("Tỉnh đã trả lời", new() { Timeout = 15_000 });
        await Assertions.Expect(mine.GetByTestId("d-open")).ToBeEnabledAsync(new() { Timeout = 15_000 });
        await mine.GetByTestId("d-open").ClickAsync();
        await Assertions.Expect(commune.GetByTestId("d-thread")).ToContainTextAsync("Mượn hội trường trường THCS");
        await Assertions.Expect(commune.GetByTestId("d-close")).ToBeVisibleAsync();
    }
}
