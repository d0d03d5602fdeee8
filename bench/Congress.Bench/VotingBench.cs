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
using Congress.Shared.Kernel;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using static Congress.Bench.BenchHttp;

namespace Congress.Bench;

/// <summary>
/// A vote storm against the real host on loopback: 2,000 qualified delegates (a stand-in roster, so the bench needs no
/// credentials review) cast one ballot each, 128 requests in flight, then the chair closes and publishes. Baseline in the
/// same run: the same number of requests to /health/live on the same host. Prints ballots/s and p50/p99, close+tally time.
/// </summary>
internal static class VotingBench
{
    private const int InFlight = 128;

    public static async Task RunAsync(string connectionString, int voters)
    {
        var roster = new BenchRoster(voters);
        var port = FreePort();
        var app = Host.Composition.CongressApp.Build(
            ["--urls", $"http://127.0.0.1:{port}", $"--Database:ConnectionString={connectionString}", "--Logging:LogLevel:Default=Warning", "--Security:LoginAttemptsPerMinute=100000"],
            services => services.AddScoped<IDelegateRoster>(_ => roster));
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(default);
        foreach (var seeder in app.Services.GetServices<IDemoSeeder>()) await seeder.SeedAsync(TextWriter.Null, default);
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
            using var scope = app.Services.CreateScope();
            var congressId = (await scope.ServiceProvider.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default)).First().Id;
            var province = await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync("NB", default);
            var chair = Token(app, Roles.Secretariat, province, null);
            var tokens = roster.Ids.Select(id => Token(app, Roles.Delegate, null, id)).ToList();

            await SendAsync(http, chair, HttpMethod.Put, $"/api/voting/congresses/{congressId}/presence", new { delegateIds = roster.Ids, present = true });
            var baseline = await StormAsync(voters, _ => new HttpRequestMessage(HttpMethod.Get, "/health/live"), http);

            var pollId = await (await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/congresses/{congressId}/polls",
                new { title = "Biểu quyết đo hiệu năng", kind = "Motion", visibility = "SecretElectronic" })).Content.ReadFromJsonAsync<Guid>();
            await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/polls/{pollId}/open", new { });
            var reads = await StormAsync(voters, _ => Authorised(new HttpRequestMessage(HttpMethod.Get, $"/api/voting/polls/{pollId}"), chair), http);
            var healthOneByOne = await StormAsync(200, _ => new HttpRequestMessage(HttpMethod.Get, "/health/live"), http, inFlight: 1);
            var readsOneByOne = await StormAsync(200, _ => Authorised(new HttpRequestMessage(HttpMethod.Get, $"/api/voting/polls/{pollId}"), chair), http, inFlight: 1);
            var ballots = await StormAsync(voters, i => Authorised(new HttpRequestMessage(HttpMethod.Post, $"/api/voting/polls/{pollId}/ballots")
            {
                Content = JsonContent.Create(new { ballotId = Guid.NewGuid(), selections = new[] { i % 3 == 0 ? "against" : "for" } }),
            }, tokens[i]), http);

            var closing = Stopwatch.StartNew();
            await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/polls/{pollId}/close", new { });
            var published = await (await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/polls/{pollId}/publish", new { })).Content.ReadFromJsonAsync<Published>();
            var closeAndTally = closing.Elapsed.TotalMilliseconds;

            var provider = new DatabaseOptions { ConnectionString = connectionString }.Provider;
            Console.WriteLine($"Vote storm on {provider}: {voters:N0} delegates, {InFlight} requests in flight, loopback HTTP");
            Console.WriteLine($"  baseline GET /health/live:  {baseline.PerSecond,8:F0} req/s   p50 {baseline.P50,6:F1} ms   p99 {baseline.P99,6:F1} ms");
            Console.WriteLine($"  GET the poll (chair):       {reads.PerSecond,8:F0} req/s   p50 {reads.P50,6:F1} ms   p99 {reads.P99,6:F1} ms  ({reads.Failures} refused)");
            Console.WriteLine($"  one at a time: /health/live p50 {healthOneByOne.P50,6:F2} ms; GET the poll p50 {readsOneByOne.P50,6:F2} ms");
            Console.WriteLine($"  cast ballot (secret):       {ballots.PerSecond,8:F0} ballots/s   p50 {ballots.P50,6:F1} ms   p99 {ballots.P99,6:F1} ms  ({ballots.Failures} refused)");
            Console.WriteLine($"  ratio to baseline:          throughput {ballots.PerSecond / baseline.PerSecond,5:F2}   p50 {ballots.P50 / baseline.P50,5:F2}   p99 {ballots.P99 / baseline.P99,5:F2}");
            Console.WriteLine($"  close + tally + publish:    {closeAndTally,8:F1} ms for {published!.Result.BallotsCast:N0} ballots ({closeAndTally / baseline.P50:F1}× a baseline p50)");
            Console.WriteLine($"  goals: ≥ 2,000 ballots/s -> {(ballots.PerSecond >= 2000 ? "met" : "NOT met")}; p99 ≤ 50 ms -> {(ballots.P99 <= 50 ? "met" : "NOT met")}; close+tally ≤ 100 ms -> {(closeAndTally <= 100 ? "met" : "NOT met")}");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private sealed record Storm(double PerSecond, double P50, double P99, int Failures);

    private static async Task<Storm> StormAsync(int count, Func<int, HttpRequestMessage> request, HttpClient http, int inFlight = InFlight)
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
        var elapsed = started.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        return new Storm(count / elapsed, latencies[count / 2], latencies[(int)(count * 0.99)], failures);
    }

    private sealed record Choice(string Key, int Votes);
    private sealed record Result(int BallotsCast);
    private sealed record Published(Result Result);

    /// <summary>The stand-in roster: <paramref name="count"/> qualified official delegates in 40 delegations, for any congress.</summary>
    private sealed class BenchRoster(int count) : IDelegateRoster
    {
        private readonly List<RosterEntry> _entries = Enumerable.Range(1, count)
            .Select(i => new RosterEntry(Guid.NewGuid(), $"B{i:0000}", $"Đại biểu {i:0000}", "Official", $"Đoàn {i % 40:00}", CredentialsApproved: true)).ToList();

        public IReadOnlyList<Guid> Ids => _entries.Select(e => e.DelegateId).ToList();

        public Task<IReadOnlyList<RosterEntry>> ListAsync(Guid congressId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<RosterEntry>>(_entries);

        public Task<RosterEntry?> FindByCodeAsync(Guid congressId, string code, CancellationToken cancellationToken) =>
            Task.FromResult(_entries.FirstOrDefault(e => e.Code == code));
    }
}
