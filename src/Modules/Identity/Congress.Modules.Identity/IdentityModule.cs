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
/// REST clients, and an optional login with the national e-ID (VNeID) by OpenID Connect or plain OAuth 2.0, chosen by configuration.
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
        services.AddSingleton<Congress.Shared.Infrastructure.Security.ISessionValidity>(sp => sp.GetRequiredService<AccountSessions>());
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

        ExternalLogin.Add(authentication, configuration.GetSection("Authentication:External"), ExternalScheme);
    }

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
