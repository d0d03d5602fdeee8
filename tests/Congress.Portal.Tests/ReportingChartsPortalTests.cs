using System.Globalization;
using System.Net.Http.Json;
using FluentAssertions;
using Microsoft.Playwright;

namespace Congress.Portal.Tests;

/// <summary>
/// The Reporting dashboard's charts in a real browser: inline SVG drawn on the server, each with its title and its table.
/// A fixture of its own: the commune's report entered here must not move the figures the other Reporting portal test counts.
/// </summary>
public sealed class ReportingChartsPortalTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_province_dashboard_draws_the_stages_attendance_and_committee_structure_charts_with_their_titles_and_tables()
    {
        using (var api = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) })
        {
            var token = await (await api.PostAsJsonAsync("/api/identity/token", new { userName = "btc.x01", password = Congress.Testing.CongressFactory.DemoPassword }))
                .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            api.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
            var me = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/reporting/me");
            object Member(string name, int year, string gender, string ethnicity) =>
                new { body = "Committee", fullName = name, votes = 100, birthYear = year, gender, ethnicity, education = "Đại học", politicalTheory = "Trung cấp" };
            var saved = await api.PutAsJsonAsync($"/api/reporting/organisations/{me.GetProperty("organisationId").GetString()}/report", new
            {
                expectedVersion = 0, documentsDraftedOn = "2025-05-02", personnelPlanApprovedOn = "2025-05-20", preparatorySessionOn = "2025-06-09",
                congressHeldOn = "2025-06-10", delegatesSummoned = 120, delegatesPresent = 114, committeeSeats = 4, committeeElected = 4,
                elected = new[] { Member("Nguyễn Văn An", 1970, "Nam", "Kinh"), Member("Lò Thị Bình", 1990, "Nữ", "Thái"), Member("Trần Thị Chi", 1975, "Nữ", "Kinh"), Member("Phạm Văn Dũng", 1960, "Nam", "Kinh") },
            });
            saved.IsSuccessStatusCode.Should().BeTrue(await saved.Content.ReadAsStringAsync());
        }

        var province = await portal.SignInAsync("btc");
        await province.GotoAsync("/reporting");

        var charts = province.GetByTestId("charts");
        await Assertions.Expect(charts.Locator("figure svg[role=img]")).ToHaveCountAsync(6, new() { Timeout = 15_000 });
        var shares = province.GetByTestId("chart-shares");
        (await shares.Locator("svg > title").TextContentAsync()).Should().Be("Tỷ lệ nữ và người dân tộc thiểu số trong cấp ủy");
        (await shares.Locator("svg").GetAttributeAsync("aria-labelledby")).Should().Be("chart-shares-title chart-shares-desc");
        var table = province.GetByTestId("chart-shares-table");
        (await table.Locator("caption").TextContentAsync()).Should().Be("Tỷ lệ nữ và người dân tộc thiểu số trong cấp ủy");
        (await table.Locator("tr:has(th:text-is('Nữ')) td").TextContentAsync()).Should().Contain("(2/4)", "two women of the four members stated");
        (await table.Locator("tr:has(th:text-is('Dân tộc thiểu số')) td").TextContentAsync()).Should().Contain("(1/4)");
        var womenBar = double.Parse((await shares.GetByTestId("chart-bar").First.GetAttributeAsync("width"))!, CultureInfo.InvariantCulture);
        womenBar.Should().BeApproximately(145, 0.1, "half of the 290-pixel scale");
        (await province.GetByTestId("chart-stages-table").TextContentAsync()).Should().Contain("Đại hội chính thức");
        (await province.GetByTestId("chart-attendance-table").TextContentAsync()).Should().Contain("114/120");
        (await province.GetByTestId("chart-age").Locator("svg > desc").TextContentAsync()).Should().Contain("Trên 60: 1");
        (await province.GetByTestId("report-pdf").GetAttributeAsync("href")).Should().EndWith("/report.pdf");

        // Once the circuit is live and has rendered the page again, the labels are still SVG text the browser lays out.
        await Assertions.Expect(province.GetByTestId("drill").First).ToBeEnabledAsync(new() { Timeout = 15_000 });
        var label = shares.Locator("svg text").First;
        (await label.EvaluateAsync<string>("e => e.namespaceURI")).Should().Be("http://www.w3.org/2000/svg");
        (await label.EvaluateAsync<double>("e => e.getBBox().width")).Should().BeGreaterThan(0);
        (await label.TextContentAsync()).Should().Be("Nữ");
    }
}
