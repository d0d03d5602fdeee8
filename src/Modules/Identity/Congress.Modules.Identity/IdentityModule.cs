using Congress.Modules.Identity.Application.Accounts.SecondFactor;
using Congress.Modules.Identity.Application.Accounts;
using Congress.Modules.Identity.Application.Accounts.SignIn;
using Congress.Shared.Kernel;
using Congress.Modules.Identity.Cli;
using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Endpoints;
using Congress.Modules.Identity.Infrastructure.Demo;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Modules.Identity.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Modules;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Identity;

/// <summary>
/// Tài khoản — local accounts, sign-in and the caller's roles and subtree. Cookie for the portal, bearer tokens for
/// REST clients, and an optional OAuth 2.0 login for the national e-ID (VNeID), pluggable by configuration.
/// </summary>
public sealed class IdentityModule : IModule
{
    public const string ExternalScheme = "external";
    private const string SmartScheme = "cookie-or-bearer";

    public string Name => IdentityDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<IdentityDbContext>(configuration, IdentityDbContext.SchemaName);
        services.AddHandlersFrom(typeof(IdentityModule).Assembly);
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<ICliVerb, CreateAdminVerb>();
        services.AddSingleton<IDemoSeeder, DemoAccountsSeeder>();
        services.AddScoped<AdministeredAccounts>();
        services.AddSingleton(new LockoutPolicy(
            configuration.GetValue("Security:LockoutThreshold", LockoutPolicy.Default.Threshold),
            configuration.GetValue("Security:LockoutFirst", LockoutPolicy.Default.First),
            configuration.GetValue("Security:LockoutLongest", LockoutPolicy.Default.Longest)));
        services.AddSingleton(sp => new AccountSessions(sp.GetRequiredService<IServiceScopeFactory>(),
            TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Security:SessionCheckSeconds", 5.0), 0.5, 60))));
        services.AddSingleton<IAccountSessionCache>(sp => sp.GetRequiredService<AccountSessions>());
        // Registered before the host adds the portal, whose default provider is only a fallback (TryAdd).
        services.AddScoped<AuthenticationStateProvider, AccountRevalidation>();
        services.AddDataProtection().SetApplicationName("Congress");
        services.AddSingleton<TotpAuthenticator>();
        services.AddSingleton(new SecondFactorPolicy(configuration.GetValue("Security:RequireSecondFactor", false)));
        // The key ring lives in the database; its secrets are encrypted with a master key from the key directory, so a
        // copy of the database cannot mint a cookie or a token (docs/adr/0010).
        services.AddSingleton<KeyRingCipher>();
        services.AddSingleton<DatabaseKeyRing>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o =>
            {
                o.XmlRepository = sp.GetRequiredService<DatabaseKeyRing>();
                o.XmlEncryptor = new KeyDirectoryXmlEncryptor(sp.GetRequiredService<KeyRingCipher>());
            }));
        services.AddSingleton<IKeyRotation, DataProtectionKeyRotation>();

        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.AccessDeniedPath = "/forbidden";
                o.Cookie.Name = ".congress.auth";
                o.Cookie.HttpOnly = true;
                // Strict: no other site can make the browser send it (with the antiforgery token on every cookie-authenticated
                // state change, see the host's CookieCsrfProtection); Secure whenever the portal is served over HTTPS.
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                // REST callers get 401/403, not a redirect to the login page.
                o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden);
                // Every request: the account must still be enabled and carry the stamp this cookie was issued with.
                o.Events.OnValidatePrincipal = async ctx =>
                {
                    var sessions = ctx.HttpContext.RequestServices.GetRequiredService<AccountSessions>();
                    if (ctx.Principal is { } principal && await sessions.IsCurrentAsync(principal, fresh: false, ctx.HttpContext.RequestAborted)) return;
                    ctx.RejectPrincipal();
                    await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                };
            })
            .AddBearerToken(o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(12);
                // The same check for a bearer token, before the handler accepts it.
                o.Events.OnMessageReceived = async ctx =>
                {
                    var header = ctx.Request.Headers.Authorization.ToString();
                    if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return;
                    var token = header["Bearer ".Length..].Trim();
                    if (ctx.Options.BearerTokenProtector.Unprotect(token)?.Principal is not { } principal) return; // the handler refuses it
                    var sessions = ctx.HttpContext.RequestServices.GetRequiredService<AccountSessions>();
                    if (!await sessions.IsCurrentAsync(principal, fresh: false, ctx.HttpContext.RequestAborted))
                        ctx.Fail("The token's sign-in has ended: the account was disabled, its password changed or its sessions revoked.");
                };
            });

        var external = configuration.GetSection("Authentication:External");
        if (!string.IsNullOrEmpty(external["ClientId"])) AddExternalLogin(authentication, external);
    }

    /// <summary>
    /// OAuth 2.0 authorisation code + PKCE against the configured provider (VNeID or a test provider); the userinfo
    /// subject must already be linked to a local account, which then supplies roles and scope.
    /// </summary>
    private static void AddExternalLogin(AuthenticationBuilder authentication, IConfigurationSection external) =>
        authentication.AddOAuth(ExternalScheme, external["DisplayName"] ?? "VNeID", o =>
        {
            o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.ClientId = external["ClientId"]!;
            o.ClientSecret = external["ClientSecret"] ?? "";
            o.AuthorizationEndpoint = external["AuthorizationEndpoint"]!;
            o.TokenEndpoint = external["TokenEndpoint"]!;
            o.UserInformationEndpoint = external["UserInformationEndpoint"]!;
            o.CallbackPath = external["CallbackPath"] ?? "/signin-external";
            o.UsePkce = true;
            // The state cookie comes back on the provider's top-level redirect (Lax is enough) and is Secure whenever the
            // portal is served over HTTPS; plain http stays possible for a hall network without certificates.
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            foreach (var scope in (external["Scopes"] ?? "openid profile").Split(' ', StringSplitOptions.RemoveEmptyEntries)) o.Scope.Add(scope);
            o.Events.OnCreatingTicket = async ctx =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, ctx.Options.UserInformationEndpoint);
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ctx.AccessToken);
                using var response = await ctx.Backchannel.SendAsync(request, ctx.HttpContext.RequestAborted);
                response.EnsureSuccessStatusCode();
                using var userInfo = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(ctx.HttpContext.RequestAborted));
                var subject = userInfo.RootElement.GetProperty(external["SubjectClaim"] ?? "sub").GetString() ?? "";
                var mediator = ctx.HttpContext.RequestServices.GetRequiredService<IMediator>();
                var signedIn = await mediator.Send(new ExternalSignInQuery(subject, CookieAuthenticationDefaults.AuthenticationScheme), ctx.HttpContext.RequestAborted);
                // Failing here must stop the sign-in: the handler would otherwise sign in the provider's bare identity.
                if (signedIn.IsFailure) throw new AuthenticationFailureException(signedIn.Error!.Message);
                ctx.Principal = signedIn.Value;
            };
            // The portal cookie is SameSite=Strict, and the provider's redirect here is a cross-site navigation: a browser does
            // not send a Strict cookie on it nor on a 302 that follows it, so the user would land signed out. Land instead on
            // a page of ours that moves on by itself (a same-site navigation, which carries the cookie just set).
            o.Events.OnTicketReceived = ctx =>
            {
                ctx.ReturnUri = $"{AccountEndpoints.ExternalDonePath}?returnUrl={Uri.EscapeDataString(ctx.ReturnUri ?? "/")}";
                return Task.CompletedTask;
            };
            // A VNeID identity with no account here (or a provider error): back to the sign-in page with a reason, not a 500.
            o.Events.OnRemoteFailure = ctx =>
            {
                ctx.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<IdentityModule>()
                    .LogWarning("External sign-in failed: {Reason}", ctx.Failure?.Message);
                ctx.Response.Redirect("/login?error=external");
                ctx.HandleResponse();
                return Task.CompletedTask;
            };
        });

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public void MapEndpoints(IEndpointRouteBuilder routes) => AccountEndpoints.Map(routes);

    public IReadOnlyList<PortalMenuItem> Menu =>
    [
        new("/accounts", "Tài khoản", "Accounts", MenuIcon.Key, 90, [.. IdentityRoles.ManageAccounts]),
        new("/password", "Đổi mật khẩu", "Change password", MenuIcon.Lock, 95, [.. Roles.All]),
    ];
}
