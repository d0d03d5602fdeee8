using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Congress.Testing;
using FluentAssertions;

namespace Congress.Host.Tests;

/// <summary>What a downstream system sees over REST: sign-in, roles, subtree scope, and readable errors.</summary>
public sealed class RestApiTests(CongressFactory factory) : IClassFixture<CongressFactory>
{
    [Fact]
    public async Task A_wrong_password_gets_a_401_problem_and_no_token()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/identity/token", new { userName = "btc", password = "sai-mat-khau" });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await Problem(response)).GetProperty("title").GetString().Should().Be("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    [Fact]
    public async Task A_token_carries_the_roles_and_the_organisation()
    {
        var client = await factory.ClientForAsync("thamtra");

        var me = await client.GetFromJsonAsync<JsonElement>("/api/identity/me");

        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("credentials-board");
        me.GetProperty("organisationId").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task The_api_answers_401_not_a_login_redirect_without_credentials()
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/api/delegates/congresses");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_observer_may_read_but_not_change()
    {
        var client = await factory.ClientForAsync("quansat");
        var congress = await DemoCongressAsync(client);

        (await client.GetAsync($"/api/delegates/congresses/{congress}/delegates")).StatusCode.Should().Be(HttpStatusCode.OK);
        var create = await client.PostAsJsonAsync("/api/delegates/congresses/" + congress + "/groups", new { number = 99, name = "Tổ 99" });

        create.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_subtree_is_not_revealed_even_by_id()
    {
        var province = await factory.ClientForAsync("btc");
        var commune = await factory.ClientForAsync("btc.x01");
        var congress = await DemoCongressAsync(province);

        var congresses = await commune.GetFromJsonAsync<JsonElement>("/api/delegates/congresses");
        var direct = await commune.GetAsync($"/api/delegates/congresses/{congress}");
        var delegates = await commune.GetAsync($"/api/delegates/congresses/{congress}/delegates");

        congresses.GetArrayLength().Should().Be(0);
        direct.StatusCode.Should().Be(HttpStatusCode.NotFound);
        delegates.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem(direct)).GetProperty("title").GetString().Should().Be("Không tìm thấy đại hội.");
    }

    [Fact]
    public async Task Search_over_rest_ignores_diacritics()
    {
        var client = await factory.ClientForAsync("btc");
        var congress = await DemoCongressAsync(client);

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/delegates/congresses/{congress}/delegates?search=tran%20thi&pageSize=200");

        page.GetProperty("total").GetInt32().Should().BeGreaterThan(0);
        page.GetProperty("items").EnumerateArray().Should().OnlyContain(d => d.GetProperty("fullName").GetString()!.StartsWith("Trần Thị"));
    }

    [Fact]
    public async Task Malformed_json_gets_a_readable_400()
    {
        var client = await factory.ClientForAsync("btc");

        var response = await client.PostAsync("/api/delegates/congresses", new StringContent("{ \"name\": ", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem(response)).GetProperty("title").GetString().Should().StartWith("Dữ liệu gửi lên không hợp lệ");
    }

    [Fact]
    public async Task Invalid_fields_are_listed_with_their_messages()
    {
        var client = await factory.ClientForAsync("btc");
        var province = (await client.GetFromJsonAsync<JsonElement>("/api/delegates/organisations?search=NB")).EnumerateArray().First().GetProperty("id").GetGuid();

        var response = await client.PostAsJsonAsync("/api/delegates/congresses",
            new { organisationId = province, name = "", termStartYear = 2030, termEndYear = 2025, startsOn = "2030-01-02", endsOn = "2030-01-01", delegateQuota = 0 });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await Problem(response)).GetProperty("errors");
        errors.GetProperty("Name")[0].GetString().Should().Be("Tên đại hội là bắt buộc.");
        errors.GetProperty("TermEndYear")[0].GetString().Should().Be("Năm kết thúc nhiệm kỳ phải sau năm bắt đầu.");
        errors.GetProperty("DelegateQuota").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task An_unknown_delegate_is_a_404_problem()
    {
        var client = await factory.ClientForAsync("btc");

        var response = await client.GetAsync($"/api/delegates/delegates/{Guid.NewGuid()}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem(response)).GetProperty("code").GetString().Should().Be("access.not_found", "the pipeline answers an unknown id exactly as one of another subtree");
    }

    [Fact]
    public async Task An_uploaded_csv_is_checked_and_committed_through_rest()
    {
        var client = await factory.ClientForAsync("btc");
        var congress = await DemoCongressAsync(client);
        var csv = "code,full_name,kind,date_of_birth,gender,ethnicity,organisation_code,represented_members,delegation\n" +
                  "R001,Ngô Thị Rest,Chính thức,01/02/1981,Nữ,Kinh,NB-X05,150,Đoàn xã Gia Viễn\n";

        var upload = await client.PostAsync($"/api/delegates/congresses/{congress}/imports", File(csv, "rest.csv"));
        var preview = await upload.Content.ReadFromJsonAsync<JsonElement>();
        var commit = await client.PostAsync($"/api/delegates/imports/{preview.GetProperty("id").GetGuid()}/commit", null);

        upload.StatusCode.Should().Be(HttpStatusCode.Created);
        preview.GetProperty("canCommit").GetBoolean().Should().BeTrue();
        commit.StatusCode.Should().Be(HttpStatusCode.OK);
        (await commit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().Should().Be("Committed");
        var exported = await client.GetStringAsync($"/api/delegates/congresses/{congress}/delegates.csv");
        exported.Should().Contain("R001,Ngô Thị Rest,Chính thức,01/02/1981,Nữ,Kinh");
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_without_being_read()
    {
        var client = await factory.ClientForAsync("btc");
        var congress = await DemoCongressAsync(client);
        var noise = new byte[11 * 1024 * 1024];
        new Random(1).NextBytes(noise);
        var content = new MultipartFormDataContent { { new ByteArrayContent(noise), "file", "noise.csv" } };

        var response = await client.PostAsync($"/api/delegates/congresses/{congress}/imports", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem(response)).GetProperty("code").GetString().Should().Be("delegates.import.too_large");
    }

    private static async Task<Guid> DemoCongressAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/delegates/congresses")).EnumerateArray().First().GetProperty("id").GetGuid();

    private static async Task<JsonElement> Problem(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static MultipartFormDataContent File(string text, string name)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
