using System.Globalization;
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
    public async Task A_commune_enters_its_committee_in_the_form_and_the_province_dashboard_draws_the_charts_with_their_titles_and_tables()
    {
        // The commune's officials enter their congress and its committee, with the members' structure, in the form.
        var commune = await portal.SignInAsync("btc.x01");
        await commune.GotoAsync("/reporting");
        await Assertions.Expect(commune.GetByTestId("report-save")).ToBeEnabledAsync(new() { Timeout = 15_000 });
        await commune.GetByTestId("f-documents").FillAsync("2025-05-02");
        await commune.GetByTestId("f-personnel").FillAsync("2025-05-20");
        await commune.GetByTestId("f-preparatory").FillAsync("2025-06-09");
        await commune.GetByTestId("f-held").FillAsync("2025-06-10");
        await commune.GetByTestId("f-summoned").FillAsync("120");
        await commune.GetByTestId("f-present").FillAsync("114");
        await commune.GetByTestId("f-seats").FillAsync("4");
        await commune.GetByTestId("f-elected").FillAsync("4");
        (string Name, string Born, string Gender, string Ethnicity)[] members =
            [("Nguyễn Văn An", "1970", "Male", "Kinh"), ("Lò Thị Bình", "1990", "Female", "Thái"), ("Trần Thị Chi", "1975", "Female", "Kinh"), ("Phạm Văn Dũng", "1960", "Male", "Kinh")];
        for (var i = 0; i < members.Length; i++)
        {
            await commune.GetByTestId("m-add").ClickAsync();
            var row = commune.GetByTestId("f-member").Nth(i);
            await Assertions.Expect(row).ToBeVisibleAsync();
            await row.GetByTestId("m-name").FillAsync(members[i].Name);
            await row.GetByTestId("m-born").FillAsync(members[i].Born);
            await row.GetByTestId("m-gender").SelectOptionAsync(members[i].Gender);
            await row.GetByTestId("m-ethnicity").FillAsync(members[i].Ethnicity);
        }
        await commune.GetByTestId("report-save").ClickAsync();
        await Assertions.Expect(commune.GetByTestId("reporting-message")).ToHaveTextAsync("Đã lưu báo cáo.", new() { Timeout = 15_000 });

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
