using System.Security.Claims;
using System.Security.Cryptography;
using Congress.Modules.Identity.Application.Accounts.CreateAccount;
using Congress.Shared.Kernel;
using Congress.Testing;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Congress.Host.Tests;

/// <summary>
/// The e-ID sign-in by OpenID Connect against a stand-in provider on a real loopback port that publishes a discovery
/// document and its signing keys and signs ID tokens. A linked identity signs in; an ID token that is forged (signed by a
/// key the provider never published), from another issuer, for another client, expired or carrying another sign-in's
/// nonce is refused; after the provider rolls its key over, sign-in keeps working without a restart.
/// </summary>
public sealed class OpenIdConnectLoginTests(OpenIdConnectLoginTests.Provider provider) : IClassFixture<OpenIdConnectLoginTests.Provider>, IAsyncLifetime
{
    private const string Linked = "VN-079123456789";
    private OidcFactory _factory = null!;

    public async Task InitializeAsync()
    {
        provider.Reset();
        _factory = new OidcFactory(provider.BaseUrl);
        await _factory.InitializeAsync();
        (await _factory.SendAsync(Roles.SystemAdmin, null, new CreateAccountCommand("vneid.thuky", "Lê Thị Hạnh", "MatKhau@2025!", [Roles.Secretariat], "NB",
            ExternalSubject: Linked))).IsSuccess.Should().BeTrue();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_linked_identity_signs_in_with_a_signed_id_token_and_an_unlinked_one_is_refused()
    {
        provider.NextSubject = Linked;
        var linked = await ExternalSignInBrowser.SignInAsync(_factory, provider.BaseUrl);
        provider.NextSubject = "VN-001000000001";
        var unlinked = await ExternalSignInBrowser.SignInAsync(_factory, provider.BaseUrl);

        linked.Landing.Should().Be("/voting");
        linked.Me!.Value.GetProperty("userName").GetString().Should().Be("vneid.thuky");
        provider.Verifiers.Should().NotBeEmpty().And.OnlyContain(v => v.Length >= 43, "the code exchange carried a PKCE verifier");
        provider.Nonces.Should().NotBeEmpty().And.OnlyContain(n => n.Length > 16, "each sign-in asked for a token bound to its own nonce");
        unlinked.Landing.Should().Be("/login?error=external");
        unlinked.Me.Should().BeNull();
    }

    [Theory]
    [InlineData(Tampering.ForgedSignature)]
    [InlineData(Tampering.OtherIssuer)]
    [InlineData(Tampering.OtherAudience)]
    [InlineData(Tampering.OtherNonce)]
    [InlineData(Tampering.Expired)]
    [InlineData(Tampering.Unsigned)]
    public async Task An_id_token_that_fails_a_check_signs_nobody_in(Tampering tampering)
    {
        provider.NextSubject = Linked;
        provider.Tampering = tampering;

        var attempt = await ExternalSignInBrowser.SignInAsync(_factory, provider.BaseUrl);

        attempt.Landing.Should().Be("/login?error=external");
        attempt.Me.Should().BeNull($"an ID token with {tampering} must not sign in the account linked to its subject");
    }

    [Fact]
    public async Task After_the_provider_rolls_its_signing_key_over_sign_in_keeps_working_without_a_restart()
    {
        provider.NextSubject = Linked;
        (await ExternalSignInBrowser.SignInAsync(_factory, provider.BaseUrl)).Me.Should().NotBeNull("the first key works");

        provider.RollKeyOver(); // the old key leaves the published set; tokens are signed with a new key id

        var afterRollover = await ExternalSignInBrowser.SignInAsync(_factory, provider.BaseUrl);
        afterRollover.Landing.Should().Be("/voting");
        afterRollover.Me!.Value.GetProperty("userName").GetString().Should().Be("vneid.thuky");
        provider.KeySetReads.Should().BeGreaterThan(1, "the unknown key id made the portal read the provider's keys again");
        afterRollover.Rounds.Should().BeLessThanOrEqualTo(1, "a rollover costs at most one extra trip round the provider");
    }

    public enum Tampering { None, ForgedSignature, OtherIssuer, OtherAudience, OtherNonce, Expired, Unsigned }

    private sealed class OidcFactory(string provider) : CongressFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Authentication:External:ClientId", "congress-portal");
            builder.UseSetting("Authentication:External:ClientSecret", "secret");
            builder.UseSetting("Authentication:External:Authority", provider);
            builder.UseSetting("Authentication:External:RequireHttpsMetadata", "false"); // the stand-in listens on plain loopback http
        }
    }

    /// <summary>
    /// A stand-in OpenID Connect provider: discovery, a published key set, authorisation code with PKCE, and ID tokens signed
    /// with RS256 for whoever <see cref="NextSubject"/> is, tampered as <see cref="Tampering"/> says.
    /// </summary>
    public sealed class Provider : IAsyncLifetime
    {
        private WebApplication? _app;
        private readonly Dictionary<string, (string Subject, string Nonce)> _codes = [];
        private RsaSecurityKey _signing = NewKey();
        private int _keySetReads;

        public string BaseUrl { get; private set; } = "";
        public string NextSubject { get; set; } = "";
        public Tampering Tampering { get; set; }
        public List<string> Verifiers { get; } = [];
        public List<string> Nonces { get; } = [];
        public int KeySetReads => _keySetReads;

        public void Reset()
        {
            Tampering = Tampering.None;
            _signing = NewKey();
            _keySetReads = 0;
        }

        public void RollKeyOver() => _signing = NewKey();

        private static RsaSecurityKey NewKey() => new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N")[..12] };

        public async Task InitializeAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            _app = builder.Build();
            _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new
            {
                issuer = BaseUrl,
                authorization_endpoint = $"{BaseUrl}/authorize",
                token_endpoint = $"{BaseUrl}/token",
                jwks_uri = $"{BaseUrl}/jwks",
                response_types_supported = new[] { "code" },
                subject_types_supported = new[] { "public" },
                id_token_signing_alg_values_supported = new[] { "RS256" },
                code_challenge_methods_supported = new[] { "S256" },
            }));
            _app.MapGet("/jwks", () =>
            {
                Interlocked.Increment(ref _keySetReads);
                var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_signing.Rsa.ExportParameters(false)) { KeyId = _signing.KeyId });
                return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
            });
            _app.MapGet("/authorize", (string redirect_uri, string state, string nonce, string code_challenge) =>
            {
                var code = Guid.NewGuid().ToString("N");
                lock (_codes) _codes[code] = (NextSubject, nonce);
                lock (Nonces) Nonces.Add(nonce);
                return Results.Redirect($"{redirect_uri}?code={code}&state={Uri.EscapeDataString(state)}");
            });
            _app.MapPost("/token", async (HttpRequest request) =>
            {
                var form = await request.ReadFormAsync();
                (string Subject, string Nonce) grant;
                lock (_codes)
                    if (!_codes.Remove(form["code"].ToString(), out grant)) return Results.BadRequest(new { error = "invalid_grant" });
                lock (Verifiers) Verifiers.Add(form["code_verifier"].ToString());
                return Results.Json(new { access_token = Guid.NewGuid().ToString("N"), token_type = "Bearer", expires_in = 300, id_token = IdToken(grant.Subject, grant.Nonce, form["client_id"].ToString()) });
            });
            await _app.StartAsync();
            BaseUrl = _app.Urls.First();
        }

        private string IdToken(string subject, string nonce, string clientId)
        {
            var now = DateTime.UtcNow;
            var signing = Tampering switch
            {
                // Same key id as the published key, but a key the provider never published.
                Tampering.ForgedSignature => new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = _signing.KeyId }, SecurityAlgorithms.RsaSha256),
                Tampering.Unsigned => null,
                _ => new SigningCredentials(_signing, SecurityAlgorithms.RsaSha256),
            };
            var descriptor = new SecurityTokenDescriptor
            {
                Issuer = Tampering == Tampering.OtherIssuer ? "https://sso.example.invalid" : BaseUrl,
                Audience = Tampering == Tampering.OtherAudience ? "another-client" : clientId,
                Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("nonce", Tampering == Tampering.OtherNonce ? Guid.NewGuid().ToString("N") : nonce)]),
                IssuedAt = Tampering == Tampering.Expired ? now.AddHours(-2) : now,
                NotBefore = Tampering == Tampering.Expired ? now.AddHours(-2) : now.AddSeconds(-5),
                Expires = Tampering == Tampering.Expired ? now.AddHours(-1) : now.AddMinutes(5),
                SigningCredentials = signing,
            };
            return new JsonWebTokenHandler().CreateToken(descriptor);
        }

        public async Task DisposeAsync()
        {
            if (_app is not null) await _app.DisposeAsync();
        }
    }
}
