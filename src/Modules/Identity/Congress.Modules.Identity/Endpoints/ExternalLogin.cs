using System.Security.Claims;
using Congress.Modules.Identity.Application.Accounts.SignIn;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Congress.Modules.Identity.Endpoints;

/// <summary>
/// Sign-in with the national e-ID (VNeID) or another provider, configured under <c>Authentication:External</c>:
/// <list type="bullet">
/// <item><c>Authority</c> set: OpenID Connect (authorisation code + PKCE). The ID token is checked for its signature
/// against the provider's published keys (fetched from its discovery document and fetched again when a token names a
/// key not yet known, so a key rollover needs no restart), its issuer, its audience (our client id), its lifetime and
/// the nonce of this browser's sign-in.</item>
/// <item>otherwise <c>AuthorizationEndpoint</c>, <c>TokenEndpoint</c>, <c>UserInformationEndpoint</c>: plain OAuth 2.0
/// (code + PKCE, then userinfo) for a provider that does not speak OpenID Connect.</item>
/// </list>
/// Either way the provider's subject must already be linked to a local account, which supplies roles and scope; an
/// unlinked identity is sent back to the sign-in page with a reason, never signed in bare.
/// </summary>
internal static class ExternalLogin
{
    /// <summary>Marks a sign-in that already went round the provider once after an unknown signing key.</summary>
    public const string RetriedItem = "congress.external.retried";

    public static void Add(AuthenticationBuilder authentication, IConfigurationSection external, string scheme)
    {
        if (string.IsNullOrEmpty(external["ClientId"])) return;
        var displayName = external["DisplayName"] ?? "VNeID";
        var subjectClaim = external["SubjectClaim"] ?? "sub";
        var scopes = (external["Scopes"] ?? "openid profile").Split(' ', StringSplitOptions.RemoveEmptyEntries);

        if (!string.IsNullOrEmpty(external["Authority"]))
        {
            authentication.AddOpenIdConnect(scheme, displayName, o =>
            {
                o.Authority = external["Authority"];
                o.RequireHttpsMetadata = external.GetValue("RequireHttpsMetadata", true);
                o.ClientId = external["ClientId"];
                o.ClientSecret = external["ClientSecret"];
                o.CallbackPath = external["CallbackPath"] ?? "/signin-external";
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.ResponseType = OpenIdConnectResponseType.Code;
                // The provider comes back with a top-level GET (not a cross-site form post), so Lax cookies carry the
                // correlation and nonce back; a form post would need SameSite=None cookies.
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.UsePkce = true;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = false;
                o.SaveTokens = false;
                o.Scope.Clear();
                foreach (var scope in scopes) o.Scope.Add(scope);
                // A token signed with a key we do not know triggers a fresh read of the provider's keys; allow that
                // at most every 30 s (the default is 5 minutes) so that a rollover costs at most one refused sign-in.
                o.RefreshInterval = TimeSpan.FromSeconds(external.GetValue("KeyRefreshSeconds", 30.0));
                o.TokenValidationParameters.ValidateIssuer = true;
                o.TokenValidationParameters.ValidateAudience = true;
                o.TokenValidationParameters.ValidateLifetime = true;
                o.TokenValidationParameters.RequireSignedTokens = true;
                o.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(1);
                KeepCookiesUsableOverPlainHttp(o.CorrelationCookie);
                KeepCookiesUsableOverPlainHttp(o.NonceCookie);
                o.Events.OnTokenValidated = async ctx =>
                {
                    // An ID token from the token endpoint is taken only when signed with one of the provider's keys: an
                    // unsigned ("alg": "none") token is refused here even though the handler lets it through on that path.
                    if (!IsSigned(ctx.SecurityToken)) throw new AuthenticationFailureException("The provider's ID token is not signed.");
                    ctx.Principal = await SignInLinkedAccountAsync(ctx.HttpContext, ctx.Principal?.FindFirst(subjectClaim)?.Value);
                };
                o.Events.OnTicketReceived = LandOnDonePage;
                o.Events.OnRemoteFailure = BackToSignIn;
            });
            return;
        }

        authentication.AddOAuth(scheme, displayName, o =>
        {
            o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.ClientId = external["ClientId"]!;
            o.ClientSecret = external["ClientSecret"] ?? "";
            o.AuthorizationEndpoint = external["AuthorizationEndpoint"]!;
            o.TokenEndpoint = external["TokenEndpoint"]!;
            o.UserInformationEndpoint = external["UserInformationEndpoint"]!;
            o.CallbackPath = external["CallbackPath"] ?? "/signin-external";
            o.UsePkce = true;
            KeepCookiesUsableOverPlainHttp(o.CorrelationCookie);
            foreach (var scope in scopes) o.Scope.Add(scope);
            o.Events.OnCreatingTicket = async ctx =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, ctx.Options.UserInformationEndpoint);
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ctx.AccessToken);
                using var response = await ctx.Backchannel.SendAsync(request, ctx.HttpContext.RequestAborted);
                response.EnsureSuccessStatusCode();
                using var userInfo = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(ctx.HttpContext.RequestAborted));
                var subject = userInfo.RootElement.TryGetProperty(subjectClaim, out var value) ? value.GetString() : null;
                ctx.Principal = await SignInLinkedAccountAsync(ctx.HttpContext, subject);
            };
            o.Events.OnTicketReceived = LandOnDonePage;
            o.Events.OnRemoteFailure = BackToSignIn;
        });
    }

    private static bool IsSigned(object? token) => token switch
    {
        JsonWebToken jwt => jwt.IsSigned && !string.Equals(jwt.Alg, "none", StringComparison.OrdinalIgnoreCase),
        System.IdentityModel.Tokens.Jwt.JwtSecurityToken jwt => jwt.RawSignature is { Length: > 0 } && !string.Equals(jwt.SignatureAlgorithm, "none", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>The correlation (and nonce) cookie comes back on the provider's top-level redirect, so Lax is enough; it is
    /// Secure whenever the portal is served over HTTPS, and plain http stays possible for a hall network without certificates.</summary>
    private static void KeepCookiesUsableOverPlainHttp(CookieBuilder cookie)
    {
        cookie.SameSite = SameSiteMode.Lax;
        cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }

    /// <summary>The local account linked to the provider's subject; failing here must stop the sign-in (the handler
    /// would otherwise sign in the provider's bare identity).</summary>
    private static async Task<ClaimsPrincipal> SignInLinkedAccountAsync(HttpContext http, string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject)) throw new AuthenticationFailureException("The provider named no subject.");
        var mediator = http.RequestServices.GetRequiredService<IMediator>();
        var signedIn = await mediator.Send(new ExternalSignInQuery(subject, CookieAuthenticationDefaults.AuthenticationScheme), http.RequestAborted);
        if (signedIn.IsFailure) throw new AuthenticationFailureException(signedIn.Error!.Message);
        return signedIn.Value;
    }

    /// <summary>The portal cookie is SameSite=Strict, and the provider's redirect here is a cross-site navigation: a browser
    /// sends a Strict cookie neither on it nor on a 302 that follows it, so the user would land signed out. Land instead on a
    /// page of ours that moves on by itself (a same-site navigation, which carries the cookie just set).</summary>
    private static Task LandOnDonePage(TicketReceivedContext ctx)
    {
        ctx.ReturnUri = $"{AccountEndpoints.ExternalDonePath}?returnUrl={Uri.EscapeDataString(ctx.ReturnUri ?? "/")}";
        return Task.CompletedTask;
    }

    /// <summary>An identity with no account here, a token that fails its checks, a provider error: back to the sign-in page
    /// with a reason, not a 500.</summary>
    private static Task BackToSignIn(RemoteFailureContext ctx)
    {
        // The provider rolled its signing key over: the handler has asked for its key set again, so go round once more
        // (the user is still signed in at the provider; it answers at once). A second miss ends at the sign-in page.
        if (ctx.Failure is SecurityTokenSignatureKeyNotFoundException && ctx.Properties?.Items.ContainsKey(RetriedItem) != true)
        {
            ctx.Response.Redirect($"{AccountEndpoints.ExternalPath}?returnUrl={Uri.EscapeDataString(ctx.Properties?.RedirectUri ?? "/")}&again=true");
            ctx.HandleResponse();
            return Task.CompletedTask;
        }
        ctx.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExternalLogin))
            .LogWarning("External sign-in failed: {Reason}", ctx.Failure?.Message);
        ctx.Response.Redirect("/login?error=external");
        ctx.HandleResponse();
        return Task.CompletedTask;
    }
}
