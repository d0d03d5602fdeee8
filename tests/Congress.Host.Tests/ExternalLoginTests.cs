using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Modules.Identity.Application.Accounts.CreateAccount;
using Congress.Shared.Kernel;
using Congress.Testing;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Congress.Host.Tests;

/// <summary>
/// The plain OAuth 2.0 path of the e-ID sign-in, for a provider that does not speak OpenID Connect (the OpenID Connect
/// path: <see cref="OpenIdConnectLoginTests"/>). The sign-in (OAuth 2.0 authorisation code with PKCE, then userinfo) against a stand-in provider on a real
/// loopback port: an identity linked to an account signs in to the portal; an unlinked one is sent back to the sign-in
/// page with the reason, signed in as nobody.
/// </summary>
public sealed class ExternalLoginTests(ExternalLoginTests.Provider provider) : IClassFixture<ExternalLoginTests.Provider>
{
    [Fact]
    public async Task A_vneid_identity_linked_to_an_account_signs_in_and_an_unlinked_one_is_refused_with_a_reason()
    {
        await using var factory = new ExternalLoginFactory(provider.BaseUrl);
        await factory.InitializeAsync();
        (await factory.SendAsync(Roles.SystemAdmin, null, new CreateAccountCommand("vneid.thuky", "Lê Thị Hạnh", "MatKhau@2025!", [Roles.Secretariat], "NB",
            ExternalSubject: "VN-079123456789"))).IsSuccess.Should().BeTrue();

        provider.NextSubject = "VN-079123456789";
        var linked = await ExternalSignInBrowser.SignInAsync(factory, provider.BaseUrl);
        provider.NextSubject = "VN-001000000001";
        var unlinked = await ExternalSignInBrowser.SignInAsync(factory, provider.BaseUrl);

        linked.Landing.Should().Be("/voting");
        linked.Me!.Value.GetProperty("userName").GetString().Should().Be("vneid.thuky");
        provider.Verifiers.Should().NotBeEmpty().And.OnlyContain(v => v.Length >= 43, "the code exchange carried a PKCE verifier");
        unlinked.Landing.Should().Be("/login?error=external");
        unlinked.Me.Should().BeNull("nobody is signed in");
    }

    private sealed class ExternalLoginFactory(string provider) : CongressFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Authentication:External:ClientId", "congress-portal");
            builder.UseSetting("Authentication:External:ClientSecret", "secret");
            builder.UseSetting("Authentication:External:AuthorizationEndpoint", $"{provider}/authorize");
            builder.UseSetting("Authentication:External:TokenEndpoint", $"{provider}/token");
            builder.UseSetting("Authentication:External:UserInformationEndpoint", $"{provider}/userinfo");
        }
    }

    /// <summary>A stand-in OAuth 2.0 provider: authorises whoever <see cref="NextSubject"/> is, issues a token for them, tells who they are.</summary>
    public sealed class Provider : IAsyncLifetime
    {
        private WebApplication? _app;
        private readonly Dictionary<string, string> _codes = [];
        private readonly Dictionary<string, string> _tokens = [];

        public string BaseUrl { get; private set; } = "";
        public string NextSubject { get; set; } = "";
        public List<string> Verifiers { get; } = [];

        public async Task InitializeAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            _app = builder.Build();
            _app.MapGet("/authorize", (string redirect_uri, string state, string code_challenge) =>
            {
                var code = Guid.NewGuid().ToString("N");
                lock (_codes) _codes[code] = NextSubject;
                return Results.Redirect($"{redirect_uri}?code={code}&state={Uri.EscapeDataString(state)}");
            });
            _app.MapPost("/token", async (HttpRequest request) =>
            {
                var form = await request.ReadFormAsync();
                string? subject;
                lock (_codes) _codes.Remove(form["code"].ToString(), out subject);
                if (subject is null) return Results.BadRequest(new { error = "invalid_grant" });
                lock (Verifiers) Verifiers.Add(form["code_verifier"].ToString());
                var token = Guid.NewGuid().ToString("N");
                lock (_tokens) _tokens[token] = subject;
                return Results.Json(new { access_token = token, token_type = "Bearer", expires_in = 300 });
            });
            _app.MapGet("/userinfo", (HttpRequest request) =>
            {
                var token = request.Headers.Authorization.ToString().Replace("Bearer ", "");
                string? subject;
                lock (_tokens) _tokens.TryGetValue(token, out subject);
                return subject is null ? Results.Unauthorized() : Results.Json(new { sub = subject });
            });
            await _app.StartAsync();
            BaseUrl = _app.Urls.First();
        }

        public async Task DisposeAsync()
        {
            if (_app is not null) await _app.DisposeAsync();
        }
    }
}

/// <summary>Browser steps by hand: start at the portal, go to the provider, come back with the code, land.</summary>
internal static class ExternalSignInBrowser
{
    /// <summary>Where the browser lands, who is signed in then, and how many extra trips round the provider it took.</summary>
    public static async Task<(string Landing, JsonElement? Me, int Rounds)> SignInAsync(CongressFactory factory, string providerBaseUrl)
    {
        using var portal = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var start = "/account/external?returnUrl=%2Fvoting";
        string landing;
        var rounds = 0;
        do
        {
            var toProvider = await portal.GetAsync(start);
            toProvider.StatusCode.Should().Be(HttpStatusCode.Redirect);
            toProvider.Headers.Location!.ToString().Should().StartWith(providerBaseUrl + "/authorize").And.Contain("code_challenge=");
            var back = await browser.GetAsync(toProvider.Headers.Location);
            var landed = await portal.GetAsync(back.Headers.Location!.PathAndQuery);
            landed.StatusCode.Should().Be(HttpStatusCode.Redirect);
            landing = start = landed.Headers.Location!.ToString();
            if (landing.StartsWith("/account/external/done"))
                landed.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith(".congress.auth=") && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
            // A portal that went round the provider again (after a signing-key rollover) lands on the start once more.
        } while (landing.StartsWith("/account/external?") && ++rounds < 3);
        if (landing.StartsWith("/account/external/done"))
        {
            // The portal cookie is SameSite=Strict: the browser would not send it on a redirect that a cross-site navigation
            // started, so the sign-in lands on a page of ours that moves on by itself (a same-site navigation).
            var hop = await portal.GetStringAsync(landing);
            landing = System.Text.RegularExpressions.Regex.Match(hop, "http-equiv=\"refresh\" content=\"0;url=([^\"]+)\"").Groups[1].Value;
        }
        var me = await portal.GetAsync("/api/identity/me");
        return (landing, me.IsSuccessStatusCode ? await me.Content.ReadFromJsonAsync<JsonElement>() : null, rounds);
    }
}
