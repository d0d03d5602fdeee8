using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Reporting.Application.Difficulties;
using Congress.Modules.Reporting.Application.Difficulties.AnswerDifficulty;
using Congress.Modules.Reporting.Application.Difficulties.CloseDifficulty;
using Congress.Modules.Reporting.Application.Difficulties.EscalateDifficulty;
using Congress.Modules.Reporting.Application.Difficulties.FollowUpDifficulty;
using Congress.Modules.Reporting.Application.Difficulties.GetDifficulty;
using Congress.Modules.Reporting.Application.Difficulties.ListDifficulties;
using Congress.Modules.Reporting.Application.Difficulties.ReportDifficulty;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Reporting.Tests;

/// <summary>
/// Difficulties on the real host and a migrated database with the demo tree (TW → NB → communes): each test adds its own
/// district with two communes under NB (and, where needed, a commune straight under NB or a second province) through
/// Delegates' REST API. A commune reports, the province NB answers or escalates, the centre TW answers what was escalated.
/// SQLite and PostgreSQL.
/// </summary>
public abstract class DifficultyTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private const string S = Roles.Secretariat, O = Roles.OrganisingCommittee, M = Roles.Monitor;

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

    private static string Tag() => Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    /// <summary>A fresh district under NB with two communes.</summary>
    private async Task<Branch> BranchAsync()
    {
        var tag = Tag();
        var district = await CreateOrganisationAsync(await IdOfAsync("NB"), $"Huyện {tag}", $"NB-D{tag}", "District");
        var x1 = await CreateOrganisationAsync(district, $"Xã một {tag}", $"NB-D{tag}-X1", "Commune");
        var x2 = await CreateOrganisationAsync(district, $"Xã hai {tag}", $"NB-D{tag}-X2", "Commune");
        return new Branch(district, $"NB-D{tag}", x1, $"NB-D{tag}-X1", x2, $"NB-D{tag}-X2");
    }

    /// <summary>A fresh commune straight under NB (the two-level local government of 2025).</summary>
    private async Task<(Guid Id, string Code)> CommuneAsync()
    {
        var code = $"NB-C{Tag()}";
        return (await CreateOrganisationAsync(await IdOfAsync("NB"), $"Xã {code}", code, "Commune"), code);
    }

    private Task<Result<DifficultyDto>> ReportAsync(Guid commune, string code, string category = "Congress", string title = "Thiếu hội trường cho phiên trù bị") =>
        factory.SendAsync(S, code, new ReportDifficultyCommand(commune, category, title, "Nhà văn hóa xã đang sửa chữa, chưa có nơi tổ chức phiên trù bị ngày 9/6."));

    private HttpClient Client(string role, Guid organisationId)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.BearerTokenFor(role, organisationId));
        return client;
    }

    [Fact]
    public async Task A_commune_reports_the_province_sees_and_answers_it_and_the_commune_reads_the_answer()
    {
        var (commune, code) = await CommuneAsync();
        var nb = await IdOfAsync("NB");
        var tw = await IdOfAsync("TW");

        var reported = await ReportAsync(commune, code);

        reported.IsSuccess.Should().BeTrue(reported.Error?.Message);
        var d = reported.Value;
        d.Status.Should().Be("Open");
        d.ProvinceId.Should().Be(nb, "it goes to the province above the commune");
        d.Version.Should().Be(1);
        d.Entries.Should().ContainSingle().Which.Tier.Should().Be("Reporter");
        d.MayAnswer.Should().BeFalse("the reporter does not answer itself");
        d.MayClose.Should().BeTrue();

        var inbox = (await factory.SendAsync(O, "NB", new ListDifficultiesQuery(nb, AwaitingMe: true))).Value;
        inbox.Should().ContainSingle(i => i.Id == d.Id).Which.AwaitsMe.Should().BeTrue();
        (await factory.SendAsync(O, "TW", new ListDifficultiesQuery(tw))).Value.Should().NotContain(i => i.Id == d.Id, "the centre sees only what is escalated to it");
        (await factory.SendAsync(O, "TW", new GetDifficultyQuery(commune, d.Id))).Error!.Code.Should().Be("reporting.difficulty.not_found");

        var seenByProvince = (await factory.SendAsync(O, "NB", new GetDifficultyQuery(commune, d.Id))).Value;
        seenByProvince.MayAnswer.Should().BeTrue();
        seenByProvince.MayEscalate.Should().BeTrue();
        var answered = await factory.SendAsync(O, "NB", new AnswerDifficultyCommand(commune, d.Id, 1, "Mượn hội trường trường THCS của xã; Ban Tổ chức tỉnh đã báo nhà trường."));

        answered.IsSuccess.Should().BeTrue(answered.Error?.Message);
        answered.Value.Status.Should().Be("AnsweredByProvince");
        answered.Value.Version.Should().Be(2);
        var answer = answered.Value.Entries.Last();
        answer.Kind.Should().Be("Answered");
        answer.Tier.Should().Be("Province");
        answer.AuthorRole.Should().Be(O);
        answer.AuthorOrganisationId.Should().Be(nb);
        answer.AuthorName.Should().NotBeNullOrEmpty();

        // The reporter sees the status and the answer, over REST too.
        var mine = (await factory.SendAsync(S, code, new ListDifficultiesQuery(commune))).Value;
        mine.Should().ContainSingle().Which.Status.Should().Be("AnsweredByProvince");
        var response = await Client(S, commune).GetAsync($"/api/reporting/organisations/{commune}/difficulties/{d.Id}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        json.GetProperty("status").GetString().Should().Be("AnsweredByProvince");
        json.GetProperty("entries")[1].GetProperty("text").GetString().Should().StartWith("Mượn hội trường");

        var openApi = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        openApi.Should().Contain("/api/reporting/organisations/{organisationId}/difficulties/{difficultyId}/answer").And.Contain("/escalate").And.Contain("/follow-up");

        var closed = await factory.SendAsync(S, code, new CloseDifficultyCommand(commune, d.Id, 2, "Đã mượn được, cảm ơn."));
        closed.IsSuccess.Should().BeTrue(closed.Error?.Message);
        closed.Value.Status.Should().Be("Closed");
        (await factory.SendAsync(O, "NB", new ListDifficultiesQuery(nb, AwaitingMe: true))).Value.Should().NotContain(i => i.Id == d.Id);

        // Every change is in the module's audit trail with what was written.
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == nameof(AnswerDifficultyCommand)).Select(e => e.Payload).ToListAsync();
        audit.Should().Contain(p => p.Contains("Mượn hội trường trường THCS"));
    }

    [Fact]
    public async Task The_province_escalates_the_centre_answers_and_a_follow_up_goes_back_to_the_centre()
    {
        var (commune, code) = await CommuneAsync();
        var tw = await IdOfAsync("TW");
        var d = (await ReportAsync(commune, code, "Software", "Không xuất được báo cáo PDF")).Value;

        var escalated = await factory.SendAsync(S, "NB", new EscalateDifficultyCommand(commune, d.Id, 1, "Lỗi phần mềm, đề nghị Trung ương xử lý."));

        escalated.IsSuccess.Should().BeTrue(escalated.Error?.Message);
        escalated.Value.Status.Should().Be("EscalatedToCentre");
        escalated.Value.Escalated.Should().BeTrue();
        var centreInbox = (await factory.SendAsync(O, "TW", new ListDifficultiesQuery(tw, AwaitingMe: true))).Value;
        centreInbox.Should().Contain(i => i.Id == d.Id && i.AwaitsMe && i.Category == "Software");
        var byProvince = await factory.SendAsync(O, "NB", new AnswerDifficultyCommand(commune, d.Id, 2, "Tỉnh trả lời muộn"));
        byProvince.Error!.Code.Should().Be("reporting.difficulty.status");
        byProvince.Error.Kind.Should().Be(ErrorKind.Conflict);

        var byCentre = await factory.SendAsync(O, "TW", new AnswerDifficultyCommand(commune, d.Id, 2, "Đã sửa ở phiên bản mới; hãy tải lại trang."));

        byCentre.IsSuccess.Should().BeTrue(byCentre.Error?.Message);
        byCentre.Value.Status.Should().Be("AnsweredByCentre");
        byCentre.Value.Entries.Last().Tier.Should().Be("Centre");
        var seen = (await factory.SendAsync(S, code, new GetDifficultyQuery(commune, d.Id))).Value;
        seen.Status.Should().Be("AnsweredByCentre");
        seen.Entries.Select(e => e.Kind).Should().Equal("Reported", "Escalated", "Answered");

        var followUp = await factory.SendAsync(S, code, new FollowUpDifficultyCommand(commune, d.Id, 3, "Vẫn lỗi khi có dấu tiếng Việt trong tên."));
        followUp.IsSuccess.Should().BeTrue(followUp.Error?.Message);
        followUp.Value.Status.Should().Be("EscalatedToCentre", "an escalated difficulty reopens at the centre");
        (await factory.SendAsync(O, "TW", new ListDifficultiesQuery(tw, AwaitingMe: true))).Value.Should().Contain(i => i.Id == d.Id);
        (await factory.SendAsync(O, "NB", new GetDifficultyQuery(commune, d.Id))).Value.Entries.Should().HaveCount(4, "the province still follows it");
    }

    [Fact]
    public async Task Another_province_finds_nothing_404_and_a_wrong_role_is_refused_403()
    {
        var (commune, code) = await CommuneAsync();
        var d = (await ReportAsync(commune, code)).Value;
        var otherProvince = await CreateOrganisationAsync(await IdOfAsync("TW"), "Đảng bộ tỉnh khác", $"P{Tag()}", "Province");

        (await factory.AsCallerWithOrganisationAsync(O, otherProvince, new GetDifficultyQuery(commune, d.Id))).Error!.Kind.Should().Be(ErrorKind.NotFound);
        (await factory.AsCallerWithOrganisationAsync(O, otherProvince, new AnswerDifficultyCommand(commune, d.Id, 1, "Trả lời hộ"))).Error!.Kind.Should().Be(ErrorKind.NotFound);
        var other = Client(O, otherProvince);
        (await other.GetAsync($"/api/reporting/organisations/{commune}/difficulties/{d.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/reporting/organisations/{commune}/difficulties")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"/api/reporting/organisations/{commune}/difficulties/{d.Id}/answer", new { expectedVersion = 1, text = "Trả lời hộ" }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/reporting/organisations/{otherProvince}/difficulties")).StatusCode.Should().Be(HttpStatusCode.OK);

        // A monitor of the province reads it but may not answer; an observer may not report.
        (await factory.SendAsync(M, "NB", new GetDifficultyQuery(commune, d.Id))).IsSuccess.Should().BeTrue();
        (await factory.SendAsync(M, "NB", new AnswerDifficultyCommand(commune, d.Id, 1, "Giám sát trả lời"))).Error!.Code.Should().Be("access.forbidden");
        (await factory.SendAsync(Roles.Observer, code, new ReportDifficultyCommand(commune, "Congress", "Khách mời báo", "Nội dung"))).Error!.Code.Should().Be("access.forbidden");
        (await Client(M, await IdOfAsync("NB")).PostAsJsonAsync($"/api/reporting/organisations/{commune}/difficulties/{d.Id}/answer", new { expectedVersion = 1, text = "x" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // The right role in the wrong tier: the reporter does not answer itself, the province does not close for it.
        (await factory.SendAsync(O, code, new AnswerDifficultyCommand(commune, d.Id, 1, "Tự trả lời"))).Error!.Code.Should().Be("reporting.difficulty.not_handler");
        (await factory.SendAsync(O, "NB", new CloseDifficultyCommand(commune, d.Id, 1))).Error!.Code.Should().Be("reporting.difficulty.not_reporter");
        (await factory.SendAsync(O, "NB", new GetDifficultyQuery(commune, d.Id))).Value.Version.Should().Be(1, "nothing was written");
    }

    [Fact]
    public async Task A_commune_reports_only_for_itself_and_a_district_between_reads_but_does_not_answer()
    {
        var b = await BranchAsync();

        var sibling = await ReportAsync(b.Commune2, b.Commune1Code);
        var fromDistrict = await factory.SendAsync(S, b.DistrictCode, new ReportDifficultyCommand(b.Commune1, "Congress", "Báo hộ xã", "Nội dung"));
        var fromProvince = await factory.SendAsync(O, "NB", new ReportDifficultyCommand(b.Commune1, "Congress", "Báo hộ xã", "Nội dung"));

        sibling.Error!.Kind.Should().Be(ErrorKind.NotFound, "a sibling commune is another branch");
        fromDistrict.Error!.Code.Should().Be("reporting.difficulty.not_own");
        fromDistrict.Error.Kind.Should().Be(ErrorKind.Forbidden);
        fromProvince.Error!.Code.Should().Be("reporting.difficulty.not_own");
        (await factory.SendAsync(O, b.DistrictCode, new ListDifficultiesQuery(b.District))).Value.Should().BeEmpty("nothing was written");

        // Reported by the commune itself: it goes past the district to the province; the district follows it, read-only.
        var d = (await ReportAsync(b.Commune1, b.Commune1Code)).Value;
        d.ProvinceId.Should().Be(await IdOfAsync("NB"));
        var byDistrict = (await factory.SendAsync(O, b.DistrictCode, new GetDifficultyQuery(b.Commune1, d.Id))).Value;
        byDistrict.MayAnswer.Should().BeFalse();
        (await factory.SendAsync(O, b.DistrictCode, new AnswerDifficultyCommand(b.Commune1, d.Id, 1, "Huyện trả lời"))).Error!.Code.Should().Be("reporting.difficulty.not_handler");
        (await factory.SendAsync(O, b.DistrictCode, new ListDifficultiesQuery(b.District))).Value.Should().ContainSingle().Which.AwaitsMe.Should().BeFalse();
    }

    [Fact]
    public async Task A_stale_answer_is_told_409_and_the_first_answer_stays()
    {
        var (commune, code) = await CommuneAsync();
        var d = (await ReportAsync(commune, code)).Value;

        var first = await factory.SendAsync(O, "NB", new AnswerDifficultyCommand(commune, d.Id, 1, "Trả lời thứ nhất"));
        var stale = await factory.SendAsync(S, "NB", new AnswerDifficultyCommand(commune, d.Id, 1, "Trả lời thứ hai, viết trên bản cũ"));

        first.IsSuccess.Should().BeTrue(first.Error?.Message);
        stale.Error!.Code.Should().Be("reporting.difficulty.stale");
        stale.Error.Kind.Should().Be(ErrorKind.Conflict);
        var now = (await factory.SendAsync(S, code, new GetDifficultyQuery(commune, d.Id))).Value;
        now.Version.Should().Be(2);
        now.Entries.Select(e => e.Text).Should().Equal(d.Description, "Trả lời thứ nhất");

        // Over REST: 409 as ProblemDetails.
        var response = await Client(S, await IdOfAsync("NB")).PostAsJsonAsync($"/api/reporting/organisations/{commune}/difficulties/{d.Id}/escalate",
            new { expectedVersion = 1, text = "Chuyển lên trên bản cũ" });
        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().Should().Be("reporting.difficulty.stale");
        problem.GetProperty("title").GetString().Should().Contain("phiên bản 2");

        // Two answers of the same version at once: one is written, the other is told 409, none is lost silently.
        var second = (await ReportAsync(commune, code, title: "Khó khăn thứ hai")).Value;
        var race = await Task.WhenAll(
            factory.SendAsync(O, "NB", new AnswerDifficultyCommand(commune, second.Id, 1, "Đồng thời A")),
            factory.SendAsync(S, "NB", new AnswerDifficultyCommand(commune, second.Id, 1, "Đồng thời B")));
        race.Count(r => r.IsSuccess).Should().Be(1);
        race.Single(r => r.IsFailure).Error!.Code.Should().Be("reporting.difficulty.stale");
        var after = (await factory.SendAsync(S, code, new GetDifficultyQuery(commune, second.Id))).Value;
        after.Entries.Should().HaveCount(2);
        after.Entries[1].Text.Should().Be(race.Single(r => r.IsSuccess).Value.Entries[1].Text);
    }

    [Fact]
    public async Task Bad_input_is_refused_400_with_nothing_written_and_text_is_kept_in_NFC()
    {
        var (commune, code) = await CommuneAsync();
        var client = Client(S, commune);
        var url = $"/api/reporting/organisations/{commune}/difficulties";

        (await client.PostAsJsonAsync(url, new { category = "Congress", title = "  ", description = "Nội dung" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync(url, new { category = "Congress", title = new string('a', 201), description = "Nội dung" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync(url, new { category = "Congress", title = "Tiêu đề", description = new string('b', 4001) })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync(url, new { category = "Weather", title = "Tiêu đề", description = "Nội dung" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync(url, new { category = "1", title = "Tiêu đề", description = "Nội dung" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync(url, new { category = "Congress", title = "Tiêu\u0007đề", description = "Nội dung" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await factory.SendAsync(S, code, new ListDifficultiesQuery(commune))).Value.Should().BeEmpty("nothing was written");

        // Typed on a keyboard that sends decomposed Vietnamese: stored composed (NFC), and bounded by its NFC length.
        var decomposedTitle = string.Concat(Enumerable.Repeat("ễ".Normalize(NormalizationForm.FormD), DifficultyLimits.Title));
        decomposedTitle.Length.Should().BeGreaterThan(DifficultyLimits.Title);
        var ok = await client.PostAsJsonAsync(url, new { category = "congress", title = decomposedTitle, description = "Thi\u00ea\u0301u ph\u00f2ng".Normalize(NormalizationForm.FormD) });
        ok.StatusCode.Should().Be(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var created = await ok.Content.ReadFromJsonAsync<JsonElement>();
        created.GetProperty("title").GetString().Should().Be(new string('ễ', DifficultyLimits.Title));
        created.GetProperty("description").GetString().Should().Be("Thiếu phòng");
        var id = created.GetProperty("id").GetGuid();

        var province = Client(O, await IdOfAsync("NB"));
        (await province.PostAsJsonAsync($"{url}/{id}/answer", new { expectedVersion = 1, text = " " })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await province.PostAsJsonAsync($"{url}/{id}/answer", new { expectedVersion = 1, text = new string('c', 4001) })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await province.PostAsJsonAsync($"{url}/{id}/escalate", new { expectedVersion = 1, text = "" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await province.PostAsJsonAsync($"{url}/{id}/answer", new { expectedVersion = 0, text = "Trả lời" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var unchanged = (await factory.SendAsync(S, code, new GetDifficultyQuery(commune, id))).Value;
        unchanged.Version.Should().Be(1);
        unchanged.Status.Should().Be("Open");
        unchanged.Entries.Should().HaveCount(1);
    }

    private static class DifficultyLimits
    {
        public const int Title = 200;
    }
}

internal static class DifficultyTestCalls
{
    /// <summary>Sends a request as a caller of an organisation known by id (one made by the test, whose code the helper would need).</summary>
    public static async Task<TResponse> AsCallerWithOrganisationAsync<TResponse>(this CongressFactory factory, string role, Guid organisationId, MediatR.IRequest<TResponse> request)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var tree = await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().ListTreeAsync(default);
        var code = tree.Single(n => n.Id == organisationId).Code;
        return await factory.SendAsync(role, code, request);
    }
}

public sealed class DifficultySqliteTests(CongressFactory factory) : DifficultyTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class DifficultyPostgresTests(PostgresCongressFactory factory) : DifficultyTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
