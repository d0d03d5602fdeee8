using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Congress.Modules.Reporting.Application.Exchange.ImportReports;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Progress.GetProgress;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Shared.Kernel;
using Congress.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Congress.Modules.Reporting.Tests;

/// <summary>The elected committees' structure, kept in the roll-ups by increments (docs/adr/0027), and a level's report as PDF.</summary>
public abstract partial class ReportingTests<TFactory>
{
    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>A commune's congress of 10/06/2025 with the given committee (5 elected) — the body of PUT …/report.</summary>
    private static object CommitteeReport(int expectedVersion, object[] committee, int? committeeElected = 5) => new
    {
        expectedVersion, documentsDraftedOn = "2025-05-02", personnelPlanApprovedOn = "2025-05-20", preparatorySessionOn = "2025-06-09",
        congressHeldOn = "2025-06-10", delegatesSummoned = 120, delegatesPresent = 115, committeeSeats = 5, committeeElected,
        secretaryName = "Nguyễn Văn An", elected = committee,
    };

    private static object Member(string fullName, int? birthYear = null, string? gender = null, string? ethnicity = null, string? education = null,
        string? politicalTheory = null) => new { body = "Committee", fullName, votes = 100, birthYear, gender, ethnicity, education, politicalTheory };

    /// <summary>Two women, one of an ethnic minority (Thái), one member with nothing stated; ages 55, 33, 45, 63 at the congress.</summary>
    private static object[] FiveMembers(object? fifth = null) =>
    [
        Member("Nguyễn Văn An", 1970, "Nam", "Kinh", "Sau đại học", "Cao cấp"),
        Member("Trần Thị Bình", 1992, "Nữ", "Kinh", "Đại học", "Trung cấp"),
        Member("Lò Văn Cường", 1980, "Male", "Thái", "University", "Intermediate"),
        Member("Phạm Thị Dung", 1962, "nữ", "kinh", "Cao đẳng", "Sơ cấp"),
        fifth ?? Member("Hoàng Văn Em"),
    ];

    private HttpClient ClientAs(string role, Guid organisationId)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.BearerTokenFor(role, organisationId));
        return client;
    }

    private static async Task<RollupDto> RollupOverRestAsync(HttpClient client, Guid organisationId)
    {
        var response = await client.GetAsync($"/api/reporting/organisations/{organisationId}/rollup");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RollupDto>(Web))!;
    }

    [Fact]
    public async Task A_commune_entering_its_committee_moves_the_district_and_province_structure_at_once_and_a_correction_by_the_difference()
    {
        var b = await BranchAsync();
        var nb = await IdOfAsync("NB");
        var commune = ClientAs(S, b.Commune1);
        var district = ClientAs(O, b.District);
        var province = ClientAs(O, nb);
        var provinceBefore = (await RollupOverRestAsync(province, nb)).Structure;

        var entered = await commune.PutAsJsonAsync($"/api/reporting/organisations/{b.Commune1}/report", CommitteeReport(0, FiveMembers()));

        entered.StatusCode.Should().Be(HttpStatusCode.OK, await entered.Content.ReadAsStringAsync());
        var s = (await RollupOverRestAsync(district, b.District)).Structure;
        s.Members.Should().Be(5);
        (s.AgeUnder35, s.Age35To50, s.Age51To60, s.AgeOver60, s.AgeNotStated).Should().Be((1, 1, 1, 1, 1L), "ages 33, 45, 55, 63 at the congress and one not stated");
        (s.Women, s.Men, s.GenderNotStated).Should().Be((2, 2, 1L));
        s.WomenShare.Should().Be(0.5, "of the four whose gender is stated");
        (s.Kinh, s.EthnicMinority, s.EthnicityNotStated).Should().Be((3, 1, 1L));
        s.EthnicMinorityShare.Should().Be(0.25);
        (s.PostGraduate, s.University, s.BelowUniversity, s.EducationNotStated).Should().Be((1, 2, 1, 1L));
        (s.TheoryAdvanced, s.TheoryIntermediate, s.TheoryBasic, s.TheoryNotStated).Should().Be((1, 2, 1, 1L));
        var p = (await RollupOverRestAsync(province, nb)).Structure;
        p.Members.Should().Be(provinceBefore.Members + 5);
        p.Women.Should().Be(provinceBefore.Women + 2);
        p.EthnicMinority.Should().Be(provinceBefore.EthnicMinority + 1);
        p.AgeOver60.Should().Be(provinceBefore.AgeOver60 + 1);
        var report = (await factory.SendAsync(S, b.Commune1Code, new GetProgressQuery(b.Commune1))).Value;
        report.Elected.Single(e => e.FullName == "Phạm Thị Dung").Should().BeEquivalentTo(new { Gender = "Female", Ethnicity = "kinh", Education = "BelowUniversity", PoliticalTheory = "Basic" },
            "the attributes are kept in their canonical form");

        // The fifth member's attributes are stated after all, and the second's corrected: the old contribution leaves, the new one comes in.
        var correctedMembers = FiveMembers(Member("Hoàng Thị Em", 1985, "Nữ", "Mường", "Đại học", "Trung cấp"));
        correctedMembers[1] = Member("Trần Văn Bình", 1992, "Nam", "Kinh", "Đại học", "Trung cấp");
        var corrected = await commune.PutAsJsonAsync($"/api/reporting/organisations/{b.Commune1}/report", CommitteeReport(1, correctedMembers));

        corrected.StatusCode.Should().Be(HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync());
        s = (await RollupOverRestAsync(district, b.District)).Structure;
        s.Members.Should().Be(5);
        (s.AgeUnder35, s.Age35To50, s.Age51To60, s.AgeOver60, s.AgeNotStated).Should().Be((1, 2, 1, 1, 0L));
        (s.Women, s.Men, s.GenderNotStated).Should().Be((2, 3, 0L));
        (s.Kinh, s.EthnicMinority).Should().Be((3, 2));
        p = (await RollupOverRestAsync(province, nb)).Structure;
        p.Women.Should().Be(provinceBefore.Women + 2);
        p.Men.Should().Be(provinceBefore.Men + 3);
        p.EthnicMinority.Should().Be(provinceBefore.EthnicMinority + 2);
        p.AgeNotStated.Should().Be(provinceBefore.AgeNotStated);
    }

    [Fact]
    public async Task A_birth_year_in_the_future_or_a_committee_list_short_of_the_committee_size_is_400_with_nothing_written()
    {
        var b = await BranchAsync();
        var commune = ClientAs(S, b.Commune1);
        var url = $"/api/reporting/organisations/{b.Commune1}/report";
        var unborn = FiveMembers(Member("Hoàng Văn Em", DateTime.UtcNow.Year + 1, "Nam"));

        var future = await commune.PutAsJsonAsync(url, CommitteeReport(0, unborn));
        var shortList = await commune.PutAsJsonAsync(url, CommitteeReport(0, FiveMembers()[..4]));
        var longerThanElected = await commune.PutAsJsonAsync(url, CommitteeReport(0, FiveMembers(), committeeElected: 6));
        var unknownGender = await commune.PutAsJsonAsync(url, CommitteeReport(0, FiveMembers(Member("Hoàng Văn Em", 1980, "X"))));
        var noSize = await commune.PutAsJsonAsync(url, CommitteeReport(0, FiveMembers(), committeeElected: null));

        future.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await future.Content.ReadAsStringAsync()).Should().Contain("năm sinh");
        shortList.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await shortList.Content.ReadAsStringAsync()).Should().Contain("4 cấp ủy viên");
        longerThanElected.StatusCode.Should().Be(HttpStatusCode.BadRequest, "6 elected, 5 listed (and 6 over 5 seats)");
        unknownGender.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        noSize.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a list whose committee size is stated nowhere (the platform holds none here)");
        (await noSize.Content.ReadAsStringAsync()).Should().Contain("chưa nhập");
        (await factory.SendAsync(S, b.Commune1Code, new GetProgressQuery(b.Commune1))).Value.Version.Should().Be(0, "nothing was written");
        var rollup = await RollupOverRestAsync(ClientAs(O, b.District), b.District);
        rollup.Started.Should().Be(0);
        rollup.Structure.Should().BeEquivalentTo(CommitteeStructureDto.From(0, default));
    }

    [Fact]
    public async Task A_results_file_carries_the_committee_and_is_refused_whole_for_one_bad_member()
    {
        var b = await BranchAsync();
        const string header = "code,version,documents_drafted_on,personnel_plan_approved_on,preparatory_session_on,congress_held_on,delegates_summoned,delegates_present,committee_seats,committee_elected,secretary,committee\n";
        string Row(string code, string committee, int elected = 3) =>
            $"{code},0,2025-05-01,2025-05-20,2025-06-09,2025-06-10,100,95,3,{elected},Nguyễn Văn A,\"{committee}\"\n";
        const string good1 = "Nguyễn Văn A|90|1970|Nam|Kinh|Đại học|Cao cấp;Lò Thị B|80|1990|Nữ|Thái|Sau đại học|Trung cấp;Trần C|85";
        const string good2 = "Đinh Văn D|90|1958|Nam|Mường;Vũ Thị E|70|1981|Nữ|Kinh;Phan F|60|1975|Nam|Kinh";

        var bad = header + Row(b.Commune1Code, good1) + Row(b.Commune2Code, "Đinh Văn D|90|2099|Nam;Vũ Thị E;Phan F");
        var refused = await factory.SendAsync(O, b.DistrictCode, new ImportReportsCommand(b.District, bad));
        var shortOne = await factory.SendAsync(O, b.DistrictCode, new ImportReportsCommand(b.District, header + Row(b.Commune1Code, good1, elected: 4)));

        refused.Error!.Code.Should().Be("reporting.import.invalid");
        refused.Error.Message.Should().Contain("Dòng 3").And.NotContain("Dòng 2");
        shortOne.Error!.Message.Should().Contain("Dòng 2");
        (await factory.SendAsync(O, b.DistrictCode, new GetProgressQuery(b.Commune1))).Value.Version.Should().Be(0, "the good row was not written either");

        var imported = await factory.SendAsync(O, b.DistrictCode, new ImportReportsCommand(b.District, header + Row(b.Commune1Code, good1) + Row(b.Commune2Code, good2)));

        imported.IsSuccess.Should().BeTrue(imported.Error?.Message);
        var s = (await RollupAsync(b.District, b.DistrictCode)).Value.Structure;
        s.Members.Should().Be(6);
        (s.Women, s.Men, s.GenderNotStated).Should().Be((2, 3, 1L));
        (s.Kinh, s.EthnicMinority, s.EthnicityNotStated).Should().Be((3, 2, 1L));
        (s.AgeUnder35, s.Age35To50, s.Age51To60, s.AgeOver60, s.AgeNotStated).Should().Be((0, 3, 1, 1, 1L), "35, 44, 50 → 35–50; 55; 67");
        var own = (await factory.SendAsync(O, b.DistrictCode, new GetProgressQuery(b.Commune1))).Value;
        own.Elected.Select(e => e.Role).Should().Equal("Secretary", "Member", "Member");
        var csv = (await factory.SendAsync(Roles.Monitor, b.DistrictCode, new Application.Exchange.ExportReports.ExportReportsQuery(b.District))).Value;
        csv.Should().Contain("Lò Thị B|80|1990|Female|Thái|PostGraduate|Intermediate", "the export carries the committee back in the import's format");
    }

    [Fact]
    public async Task The_level_report_pdf_holds_the_name_with_its_diacritics_and_the_figures_and_another_province_gets_404()
    {
        var b = await BranchAsync();
        (await ClientAs(S, b.Commune1).PutAsJsonAsync($"/api/reporting/organisations/{b.Commune1}/report", CommitteeReport(0, FiveMembers())))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var otherProvince = await CreateOrganisationAsync(await IdOfAsync("TW"), "Đảng bộ tỉnh thử", $"P{Guid.NewGuid():N}"[..8], "Province");

        var response = await ClientAs(Roles.Monitor, b.District).GetAsync($"/api/reporting/organisations/{b.District}/report.pdf");
        var outside = await ClientAs(O, otherProvince).GetAsync($"/api/reporting/organisations/{b.District}/report.pdf");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join('\n', pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))).Normalize(NormalizationForm.FormC);
        var districtName = (await RollupAsync(b.District, b.DistrictCode)).Value.Name;
        text.Should().Contain(districtName).And.Contain("Huyện", "the diacritics are real text");
        text.Should().Contain("Cơ cấu cấp ủy viên trúng cử (5 người)");
        text.Should().Contain("Dân tộc thiểu số").And.Contain("Xã một").And.Contain("Xã hai").And.Contain("Đã đại hội");
        text.Should().Contain("115", "the delegates present").And.Contain("120");
        outside.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
