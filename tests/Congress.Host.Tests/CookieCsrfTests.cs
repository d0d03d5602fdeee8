using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Congress.Testing;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Congress.Host.Tests;

/// <summary>
/// Cross-site request forgery: the portal cookie is sent by the browser on any request to the site, so a state change
/// it authenticates needs the antiforgery token as well; a bearer token is not ambient and needs none. The cookie is
/// SameSite=Strict, HttpOnly, and Secure when the portal is served over HTTPS.
/// </summary>
public sealed class CookieCsrfTests(CongressFactory factory) : IClassFixture<CongressFactory>
{
    private const string TokenHeader = "X-CSRF-TOKEN";

    [Fact]
    public async Task A_cookie_authenticated_post_without_the_token_is_refused_400_and_changes_nothing_with_the_token_it_works()
    {
        var (portal, _) = await SignInWithCookieAsync("btc");
        var congress = await DemoCongressAsync(portal);
        var groups = $"/api/delegates/congresses/{congress}/groups";

        var forged = await portal.PostAsJsonAsync(groups, new { number = 97, name = "Tổ giả mạo" });
        var wrongToken = await SendAsync(portal, HttpMethod.Post, groups, JsonContent.Create(new { number = 97, name = "Tổ giả mạo" }), "not-a-token");
        var afterRefusals = await portal.GetStringAsync(groups);
        var withToken = await SendAsync(portal, HttpMethod.Post, groups, JsonContent.Create(new { number = 97, name = "Tổ thật" }), await TokenAsync(portal));

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        forged.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await Problem(forged);
        problem.GetProperty("code").GetString().Should().Be("security.antiforgery");
        problem.GetProperty("title").GetString().Should().StartWith("Thiếu hoặc sai mã chống giả mạo");
        wrongToken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        afterRefusals.Should().NotContain("Tổ giả mạo", "a refused request wrote nothing");
        withToken.StatusCode.Should().Be(HttpStatusCode.Created);
        (await portal.GetStringAsync(groups)).Should().Contain("Tổ thật");
    }

    [Fact]
    public async Task The_same_post_with_a_bearer_token_needs_no_antiforgery_token()
    {
        var rest = await factory.ClientForAsync("btc");
        var congress = await DemoCongressAsync(rest);

        var created = await rest.PostAsJsonAsync($"/api/delegates/congresses/{congress}/groups", new { number = 96, name = "Tổ REST" });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_cookie_authenticated_multipart_upload_needs_the_token_too()
    {
        var (portal, _) = await SignInWithCookieAsync("btc");
        var congress = await DemoCongressAsync(portal);
        var imports = $"/api/delegates/congresses/{congress}/imports";

        var forged = await portal.PostAsync(imports, Csv());
        var withToken = await SendAsync(portal, HttpMethod.Post, imports, Csv(), await TokenAsync(portal));

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem(forged)).GetProperty("code").GetString().Should().Be("security.antiforgery");
        withToken.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_token_minted_for_somebody_else_does_not_pass()
    {
        var (portal, anonymousToken) = await SignInWithCookieAsync("btc");
        var congress = await DemoCongressAsync(portal);

        var replayed = await SendAsync(portal, HttpMethod.Post, $"/api/delegates/congresses/{congress}/groups",
            JsonContent.Create(new { number = 95, name = "Tổ của người khác" }), anonymousToken);

        replayed.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the sign-in page's token was minted for nobody, not for btc");
    }

    [Fact]
    public async Task Sign_out_needs_the_token_of_the_portal_form()
    {
        var (portal, _) = await SignInWithCookieAsync("btc");
        var page = await portal.GetStringAsync("/");

        var forged = await portal.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        var stillIn = await portal.GetAsync("/api/identity/me");
        var signedOut = await portal.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", FormToken(page))]));
        var afterwards = await portal.GetAsync("/api/identity/me");

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        stillIn.StatusCode.Should().Be(HttpStatusCode.OK);
        signedOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signedOut.Headers.Location!.ToString().Should().Be("/login");
        afterwards.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_sign_in_form_without_its_token_is_refused()
    {
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await browser.GetStringAsync("/login");

        var response = await browser.PostAsync("/account/login", Form("btc", CongressFactory.DemoPassword, token: null));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).Should().NotContain(c => c.StartsWith(".congress.auth="));
    }

    [Theory]
    [InlineData("http://localhost", false)]
    [InlineData("https://localhost", true)]
    public async Task The_portal_cookie_is_strict_http_only_and_secure_over_https(string origin, bool secure)
    {
        var (_, signIn) = await SignInAsync("btc", new Uri(origin));

        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".congress.auth="));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        attributes.Should().Contain("samesite=strict").And.Contain("httponly");
        attributes.Contains("secure").Should().Be(secure);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------------

    /// <summary>Signs in through the portal's sign-in form, as a browser does; returns the client and the form's (anonymous) token.</summary>
    private async Task<(HttpClient Portal, string AnonymousToken)> SignInWithCookieAsync(string userName)
    {
        var (portal, signIn) = await SignInAsync(userName, null);
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signIn.Headers.Location!.ToString().Should().Be("/");
        return (portal, _lastFormToken!);
    }

    private string? _lastFormToken;

    private async Task<(HttpClient Portal, HttpResponseMessage SignIn)> SignInAsync(string userName, Uri? baseAddress)
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true };
        if (baseAddress is not null) options.BaseAddress = baseAddress;
        var portal = factory.CreateClient(options);
        _lastFormToken = FormToken(await portal.GetStringAsync("/login"));
        var signIn = await portal.PostAsync("/account/login", Form(userName, CongressFactory.DemoPassword, _lastFormToken));
        return (portal, signIn);
    }

    private static FormUrlEncodedContent Form(string userName, string password, string? token)
    {
        var fields = new List<KeyValuePair<string, string>> { new("userName", userName), new("password", password), new("returnUrl", "/") };
        if (token is not null) fields.Add(new("__RequestVerificationToken", token));
        return new FormUrlEncodedContent(fields);
    }

    private static string FormToken(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value is { Length: > 0 } token
            ? WebUtility.HtmlDecode(token)
            : throw new InvalidOperationException("The page has no antiforgery field");

    private static async Task<string> TokenAsync(HttpClient portal)
    {
        var answer = await portal.GetFromJsonAsync<JsonElement>("/api/antiforgery/token");
        answer.GetProperty("headerName").GetString().Should().Be(TokenHeader);
        return answer.GetProperty("token").GetString()!;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, HttpContent content, string token)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(TokenHeader, token);
        return await client.SendAsync(request);
    }

    private static MultipartFormDataContent Csv()
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(
            "code,full_name,kind,date_of_birth,gender,ethnicity,organisation_code,represented_members,delegation\n" +
            "C001,Ngô Thị Cookie,Chính thức,01/02/1981,Nữ,Kinh,NB-X05,150,Đoàn xã Gia Viễn\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "cookie.csv" } };
    }

    private static async Task<Guid> DemoCongressAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/delegates/congresses")).EnumerateArray().First().GetProperty("id").GetGuid();

    private static async Task<JsonElement> Problem(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
