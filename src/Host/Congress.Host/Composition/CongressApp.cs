using System.Globalization;
using System.Threading.RateLimiting;
using Congress.Host.Components;
using Congress.Shared.Infrastructure;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Modules;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Localization;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Congress.Host.Composition;

/// <summary>Builds the one web application: every enabled module's services, endpoints and portal pages.</summary>
public static class CongressApp
{
    /// <param name="configureServices">For benchmarks and tools that run the real host with one service replaced.</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Serve the portal's framework and module assets from the build output too (tests, `dotnet run`);
        // a published host has them in wwwroot and the call changes nothing.
        builder.WebHost.UseStaticWebAssets();
        var isVerb = Cli.CliRunner.IsVerb(args);
        var modules = ModuleCatalog.Enabled(builder.Configuration);

        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffK ");
        if (isVerb) builder.Logging.SetMinimumLevel(LogLevel.Warning);
        AddTelemetry(builder);

        var services = builder.Services;
        services.AddSingleton<IReadOnlyList<IModule>>(modules);
        services.AddCongressInfrastructure(builder.Configuration);
        if (!isVerb) services.AddCongressBackgroundServices();
        services.AddHttpContextAccessor();
        services.AddScoped<CircuitPrincipal>();
        services.AddScoped<ICurrentUser, ClaimsCurrentUser>();
        services.AddScoped<PortalSender>();
        services.AddScoped<CircuitHandler, CircuitUserHandler>();
        foreach (var module in modules)
        {
            module.AddServices(services, builder.Configuration);
            if (!isVerb) module.AddBackgroundServices(services, builder.Configuration);
        }

        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimits.Login, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = builder.Configuration.GetValue("Security:LoginAttemptsPerMinute", 10), Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(RateLimits.QueuedWrites, http => RateLimitPartition.GetConcurrencyLimiter(http.GetEndpoint()?.DisplayName ?? "",
                _ => new ConcurrencyLimiterOptions { PermitLimit = 2, QueueLimit = 5_000, QueueProcessingOrder = QueueProcessingOrder.OldestFirst }));
        });
        services.AddCongressProblemDetails();
        services.AddCookieCsrfProtection();
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // Malformed JSON and missing parameters reach the exception handler, which words them for a person.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new() { Title = "Congress API", Version = "v1", Description = "Đại hội Đảng không giấy — REST API of every module." };
            return Task.CompletedTask;
        }));
        services.AddCongressHealthChecks();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            CultureInfo[] cultures = [new("vi-VN"), new("en-US")];
            o.DefaultRequestCulture = new RequestCulture("vi-VN");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = PortalCulture.CookieName }];
        });

        configureServices?.Invoke(services);
        var app = builder.Build();
        // HSTS only on HTTPS responses (the middleware adds nothing to plain http, e.g. a hall network without certificates);
        // not in Development/Testing, where a browser would remember it for localhost.
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing")) app.UseHsts();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseCookieCsrfProtection();
        app.MapStaticAssets();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "docs";
            o.SwaggerEndpoint("/openapi/v1.json", "Congress API v1");
        });
        app.MapCongressHealthChecks();
        app.MapJobsDashboard();
        PortalCulture.Map(app);
        CookieCsrfProtection.Map(app);
        foreach (var module in modules) module.MapEndpoints(app);
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(modules.Select(m => m.GetType().Assembly).Distinct().ToArray());
        return app;
    }

    private static void AddTelemetry(WebApplicationBuilder builder)
    {
        // Optional: set OTEL_EXPORTER_OTLP_ENDPOINT to export traces and metrics.
        if (string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return;
        builder.Services.AddOpenTelemetry()
            .WithTracing(t => t.AddSource("Congress").AddOtlpExporter())
            .WithMetrics(m => m.AddMeter("Congress").AddOtlpExporter());
    }
}
