using System.Diagnostics;
using System.Net.Http.Json;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Microsoft.Extensions.DependencyInjection;

using static Congress.Bench.BenchHttp;

namespace Congress.Bench;

/// <summary>
/// A vote storm against the real host on loopback: 2,000 qualified delegates (a stand-in roster, so the bench needs no
/// credentials review) cast one ballot each, then the chair closes and publishes. Three polls warm the host up (a host on
/// the day has been running since the morning; with fewer, a third of the CPU of the first measured poll still went to
/// the JIT); then measured polls:
/// <list type="bullet">
/// <item>saturation: 128 requests in flight, as fast as the host answers — ballots/s (and the latency that queueing
/// gives at that point);</item>
/// <item>arrival: the 2,000 ballots sent at a fixed rate (all delegates pressing within two seconds of the chair's call),
/// each timed from the moment it was due, so a slow answer cannot hide the ones queued behind it — p50/p99;</item>
/// <item>close + tally + publish of each measured poll (2,000 ballots).</item>
/// </list>
/// Between polls the bench waits 3 s, as a chair reading out the result would: the job that opens the sealed box after a
/// publication runs then, not in the middle of the next storm.
/// Baselines in the same run, measured the same two ways: <c>GET /health/live</c> on the same host.
/// </summary>
internal static class VotingBench
{
    private const int ArrivalsPerSecond = 1_000;
    private static readonly TimeSpan ResultReadOut = TimeSpan.FromSeconds(3);
    private const int WarmUpPolls = 3;

    public static async Task RunAsync(string connectionString, int voters)
    {
        var roster = new BenchRoster(voters);
        await using var host = await BenchHost.StartAsync(connectionString, services: services => services.AddScoped<IDelegateRoster>(_ => roster));
        var (app, http, congressId, province) = (host.App, host.Http, host.CongressId, host.Province);
        var chair = Token(app, Roles.Secretariat, province, null);
        var tokens = roster.Ids.Select(id => Token(app, Roles.Delegate, null, id)).ToList();
        await SendAsync(http, chair, HttpMethod.Put, $"/api/voting/congresses/{congressId}/presence", new { delegateIds = roster.Ids, present = true });

        async Task<(Storm Cast, double CloseMs, int Counted)> PollAsync(Func<Func<int, HttpRequestMessage>, Task<Storm>> storm)
        {
            var pollId = await (await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/congresses/{congressId}/polls",
                new { title = "Biểu quyết đo hiệu năng", kind = "Motion", visibility = "SecretElectronic" })).Content.ReadFromJsonAsync<Guid>();
            await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/polls/{pollId}/open", new { });
            var cast = await storm(i => Authorised(new HttpRequestMessage(HttpMethod.Post, $"/api/voting/polls/{pollId}/ballots")
            {
                Content = JsonContent.Create(new { ballotId = Guid.NewGuid(), selections = new[] { i % 3 == 0 ? "against" : "for" } }),
            }, tokens[i]));
            var closing = Stopwatch.StartNew();
            await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/polls/{pollId}/close", new { });
            var published = await (await SendAsync(http, chair, HttpMethod.Post, $"/api/voting/polls/{pollId}/publish", new { })).Content.ReadFromJsonAsync<Published>();
            var closeMs = closing.Elapsed.TotalMilliseconds;
            await Task.Delay(ResultReadOut); // the chair reads the result out; meanwhile the job after the publication opens the box
            return (cast, closeMs, published!.Result.BallotsCast);
        }

        Task<Storm> Saturate(Func<int, HttpRequestMessage> request) => SaturateAsync(voters, request, http);
        Task<Storm> Arrive(Func<int, HttpRequestMessage> request) => ArriveAsync(voters, ArrivalsPerSecond, request, http);
        HttpRequestMessage Health(int _) => new(HttpMethod.Get, "/health/live");

        var cold = await PollAsync(Saturate); // the first poll after the start, reported as such
        for (var i = 1; i < WarmUpPolls; i++) await PollAsync(Saturate); // the JIT compiles (and recompiles, tier by tier) the paths a host in use since the morning has compiled
        await Saturate(Health);
        var baseline = await Saturate(Health);
        var saturated = await PollAsync(Saturate);
        var baselineArriving = await Arrive(Health);
        var arriving = await PollAsync(Arrive);
        var oneByOne = await SaturateAsync(200, Health, http, inFlight: 1);

        var provider = new DatabaseOptions { ConnectionString = connectionString }.Provider;
        Console.WriteLine($"Vote storm on {provider}: {voters:N0} delegates, secret motion, loopback HTTP, after {WarmUpPolls} warm-up polls");
        Console.WriteLine($"  first poll after the start (cold): {cold.Cast.PerSecond:F0} ballots/s, p50 {cold.Cast.P50:F1} ms, p99 {cold.Cast.P99:F1} ms; close + tally + publish {cold.CloseMs:F1} ms");
        Console.WriteLine($"  saturation, {InFlight} requests in flight:");
        Console.WriteLine($"    baseline GET /health/live  {baseline.PerSecond,8:F0} req/s      p50 {baseline.P50,6:F1} ms   p99 {baseline.P99,6:F1} ms");
        Console.WriteLine($"    cast ballot                {saturated.Cast.PerSecond,8:F0} ballots/s  p50 {saturated.Cast.P50,6:F1} ms   p99 {saturated.Cast.P99,6:F1} ms  ({saturated.Cast.Failures} refused)");
        Console.WriteLine($"    ratio to baseline          throughput {saturated.Cast.PerSecond / baseline.PerSecond,5:F2}");
        Console.WriteLine($"  arrivals at {ArrivalsPerSecond:N0}/s (all {voters:N0} within {voters / (double)ArrivalsPerSecond:F0} s), timed from when each was due:");
        Console.WriteLine($"    baseline GET /health/live  p50 {baselineArriving.P50,6:F1} ms   p99 {baselineArriving.P99,6:F1} ms");
        Console.WriteLine($"    cast ballot                p50 {arriving.Cast.P50,6:F1} ms   p99 {arriving.Cast.P99,6:F1} ms  ({arriving.Cast.Failures} refused)");
        Console.WriteLine($"    ratio to baseline          p50 {arriving.Cast.P50 / baselineArriving.P50,5:F1}   p99 {arriving.Cast.P99 / baselineArriving.P99,5:F1}");
        Console.WriteLine($"  close + tally + publish      {saturated.CloseMs,6:F1} ms and {arriving.CloseMs,6:F1} ms for {saturated.Counted:N0} and {arriving.Counted:N0} ballots ({Math.Max(saturated.CloseMs, arriving.CloseMs) / oneByOne.P50:F0}× one /health/live alone, {oneByOne.P50:F2} ms)");
        var throughputMet = saturated.Cast.PerSecond >= 2000;
        var latencyMet = arriving.Cast.P99 <= 50;
        var closeMet = Math.Max(saturated.CloseMs, arriving.CloseMs) <= 100;
        Console.WriteLine($"  goals: ≥ 2,000 ballots/s -> {(throughputMet ? "met" : "NOT met")}; p99 ≤ 50 ms -> {(latencyMet ? "met" : "NOT met")}; close+tally ≤ 100 ms -> {(closeMet ? "met" : "NOT met")}");
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

    public Task<RosterEntry?> FindAsync(Guid congressId, Guid delegateId, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.FirstOrDefault(e => e.DelegateId == delegateId));
    }
}
