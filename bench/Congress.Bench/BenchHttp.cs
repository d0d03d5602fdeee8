using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Claims;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Congress.Bench;

/// <summary>What the HTTP benches share: a free loopback port, bearer tokens minted by the host, authorised requests.</summary>
internal static class BenchHttp
{
    public static HttpRequestMessage Authorised(HttpRequestMessage message, string token)
    {
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return message;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, string token, HttpMethod method, string path, object body)
    {
        var response = await http.SendAsync(Authorised(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) }, token));
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    /// <summary>A bearer token as /api/identity/token issues it, minted directly (2,000 password hashes would dominate the run).</summary>
    /// <param name="ownAccount">Each token its own account (one session check each), not one shared per role.</param>
    public static string Token(WebApplication app, string role, Guid? organisationId, Guid? delegateId, bool ownAccount = false)
    {
        // The host checks every token against its account's security stamp: the caller gets an account row, no password.
        var (accountId, stamp) = Congress.Modules.Identity.Infrastructure.Security.TestAccounts.Ensure(app.Services, role, organisationId,
            ownAccount ? delegateId?.ToString("N") : null);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, accountId.ToString()), new(ClaimTypes.Name, $"bench-{role}"), new(ClaimTypes.Role, role),
            new(Congress.Modules.Identity.Infrastructure.Security.IdentityClaims.SecurityStamp, stamp),
        };
        if (organisationId is { } organisation) claims.Add(new(CongressClaims.Organisation, organisation.ToString()));
        if (delegateId is { } id) claims.Add(new(CongressClaims.Delegate, id.ToString()));
        var scheme = BearerTokenDefaults.AuthenticationScheme;
        var options = app.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(scheme);
        return options.BearerTokenProtector.Protect(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, scheme)),
            new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) }, scheme));
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Requests outstanding at once in a closed-loop storm.</summary>
    public const int InFlight = 128;

    public sealed record Storm(double PerSecond, double P50, double P99, int Failures);

    /// <summary>Closed loop: <paramref name="inFlight"/> requests outstanding until all <paramref name="count"/> are answered.</summary>
    public static async Task<Storm> SaturateAsync(int count, Func<int, HttpRequestMessage> request, HttpClient http, int inFlight = InFlight)
    {
        var latencies = new double[count];
        var failures = 0;
        var started = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (i, ct) =>
        {
            using var message = request(i);
            var sent = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(message, ct);
            latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
        });
        return Summarise(latencies, started.Elapsed.TotalSeconds, failures);
    }

    /// <summary>
    /// Open loop: request i is due at i / <paramref name="perSecond"/> seconds, sent then whatever the answers before it,
    /// and timed from when it was due (a request the client could not send on time counts its wait).
    /// </summary>
    public static async Task<Storm> ArriveAsync(int count, int perSecond, Func<int, HttpRequestMessage> request, HttpClient http)
    {
        var latencies = new double[count];
        var failures = 0;
        var started = Stopwatch.StartNew();
        var origin = Stopwatch.GetTimestamp();
        var sends = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = origin + (long)(i * (double)Stopwatch.Frequency / perSecond);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            var index = i;
            sends.Add(Task.Run(async () =>
            {
                using var message = request(index);
                using var response = await http.SendAsync(message);
                latencies[index] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
            }));
        }
        await Task.WhenAll(sends);
        return Summarise(latencies, started.Elapsed.TotalSeconds, failures);
    }

    private static Storm Summarise(double[] latencies, double seconds, int failures)
    {
        Array.Sort(latencies);
        return new Storm(latencies.Length / seconds, latencies[latencies.Length / 2], latencies[(int)(latencies.Length * 0.99)], failures);
    }
}

/// <summary>
/// The real host for an HTTP bench: on a free loopback port, migrated, seeded with the demo congress and started; the demo
/// congress and its province (NB) found. Disposing stops it.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private BenchHost(WebApplication app, HttpClient http, Guid congressId, Guid? province) => (App, Http, CongressId, Province) = (app, http, congressId, province);

    public WebApplication App { get; }
    public HttpClient Http { get; }
    public Guid CongressId { get; }
    public Guid? Province { get; }

    /// <param name="settings">Further host settings, "--Key=value".</param>
    public static async Task<BenchHost> StartAsync(string connectionString, IEnumerable<string>? settings = null, Action<IServiceCollection>? services = null)
    {
        var port = BenchHttp.FreePort();
        var app = Host.Composition.CongressApp.Build(
            ["--urls", $"http://127.0.0.1:{port}", $"--Database:ConnectionString={connectionString}", "--Logging:LogLevel:Default=Warning",
             "--Security:LoginAttemptsPerMinute=100000", .. settings ?? []], services);
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(default);
        foreach (var seeder in app.Services.GetServices<IDemoSeeder>()) await seeder.SeedAsync(TextWriter.Null, default);
        await app.StartAsync();
        using var scope = app.Services.CreateScope();
        var congressId = (await scope.ServiceProvider.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default)).First().Id;
        var province = await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync("NB", default);
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        return new BenchHost(app, http, congressId, province);
    }

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
