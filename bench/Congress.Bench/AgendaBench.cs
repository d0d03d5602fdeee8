using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Microsoft.Extensions.DependencyInjection;

using static Congress.Bench.BenchHttp;

namespace Congress.Bench;

/// <summary>
/// A programme change reaching every tablet: the real host on loopback with the demo congress and a programme of three
/// sessions, its official delegates' tablets each holding the live feed open (<c>GET /api/agenda/…/programme/live</c>, one
/// real HTTP connection and bearer token each), then the secretariat re-plans an item, one change at a time. Timed per
/// change: from just before the chair's request until the last tablet has read the event carrying it; p50/p99 over the
/// changes, beside one round trip of <c>GET /health/live</c> in the same run. Also printed: the managed heap and the
/// working set added per connected tablet (host and client in this one process: an upper bound for the host alone).
/// </summary>
internal static class AgendaBench
{
    private const int WarmUpChanges = 5;
    private const string Marker = "[#"; // ASCII: the feed's JSON may escape Vietnamese letters

    /// <summary>The session check's answer kept this long (its floor): with changes further apart, every event pays it.</summary>
    private const double SessionCheckSeconds = 0.5;

    public static async Task<int> RunAsync(string connectionString, int tablets, int changes)
    {
        await using var host = await BenchHost.StartAsync(connectionString, [$"--Security:SessionCheckSeconds={SessionCheckSeconds}"]);
        var (app, http, congressId, province) = (host.App, host.Http, host.CongressId, host.Province);
        using var scope = app.Services.CreateScope();
        var chair = Token(app, Roles.Secretariat, province, null);
        var delegates = (await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default)).Where(d => d.Kind == "Official").ToList();
        var tokens = Enumerable.Range(0, tablets).Select(i => Token(app, Roles.Delegate, province, delegates[i % delegates.Count].DelegateId, ownAccount: i < delegates.Count)).ToList();

        // A programme as a provincial congress has it: three sessions of ten items.
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var items = new List<(Guid Id, int Version, DateTime Start)>();
        foreach (var (kind, offset) in new[] { ("Preparatory", 0), ("Official", 1), ("Closing", 2) })
        {
            var session = await (await SendAsync(http, chair, HttpMethod.Post, $"/api/agenda/congresses/{congressId}/sessions",
                new { kind, title = $"Phiên {kind}", day = day.AddDays(offset) })).Content.ReadFromJsonAsync<Guid>();
            for (var n = 0; n < 10; n++)
            {
                var start = DateTime.SpecifyKind(day.AddDays(offset).ToDateTime(new TimeOnly(8 + n / 2, n % 2 * 30)).AddHours(-7), DateTimeKind.Utc);
                var item = (await (await SendAsync(http, chair, HttpMethod.Post, $"/api/agenda/congresses/{congressId}/sessions/{session}/items",
                    new { title = $"Nội dung {n + 1} — báo cáo và thảo luận về phương hướng, nhiệm vụ nhiệm kỳ 2025–2030", kind = "Discussion", plannedStartUtc = start, plannedMinutes = 30, presenter = "Đồng chí Phó Bí thư Thường trực" }))
                    .Content.ReadFromJsonAsync<ItemRead>())!;
                items.Add((item.Id, item.Version, start));
            }
        }

        var rtt = await RoundTripAsync(http);
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        var heapBefore = GC.GetTotalMemory(true);
        var workingSetBefore = Process.GetCurrentProcess().WorkingSet64;

        var total = WarmUpChanges + changes;
        var arrivals = new long[total + 1][];
        var remaining = new int[total + 1];
        var done = new TaskCompletionSource[total + 1];
        for (var n = 0; n <= total; n++) { arrivals[n] = new long[tablets]; remaining[n] = tablets; done[n] = new(TaskCreationOptions.RunContinuationsAsynchronously); }
        var connected = new CountdownEvent(tablets);
        using var stop = new CancellationTokenSource();
        using var feeds = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue }) { BaseAddress = http.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var failures = 0;
        var readers = Enumerable.Range(0, tablets).Select(t => Task.Run(async () =>
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/agenda/congresses/{congressId}/programme/live");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[t]);
                using var response = await feeds.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);
                response.EnsureSuccessStatusCode();
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
                var first = true;
                while (await reader.ReadLineAsync(stop.Token) is { } line)
                {
                    if (!line.StartsWith("data:", StringComparison.Ordinal)) continue;
                    var at = Stopwatch.GetTimestamp();
                    if (first) { first = false; connected.Signal(); }
                    var n = 0; // the latest change is the highest number in the programme (older ones stay on other items)
                    for (var marker = line.IndexOf(Marker, StringComparison.Ordinal); marker >= 0; marker = line.IndexOf(Marker, marker + 1, StringComparison.Ordinal))
                        if (int.TryParse(line.AsSpan(marker + Marker.Length, 4), out var found)) n = Math.Max(n, found);
                    if (n == 0 || arrivals[n][t] != 0) continue;
                    arrivals[n][t] = at;
                    if (Interlocked.Decrement(ref remaining[n]) == 0) done[n].TrySetResult();
                }
            }
            catch (OperationCanceledException) { }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                if (Interlocked.Increment(ref failures) <= 3) Console.WriteLine($"  a tablet's feed failed: {e.Message}");
                if (!connected.IsSet) connected.Signal();
            }
        })).ToList();

        var connecting = Stopwatch.StartNew();
        if (!connected.Wait(TimeSpan.FromMinutes(2))) Console.WriteLine($"  only {tablets - connected.CurrentCount} of {tablets} tablets connected within 2 minutes");
        var connectSeconds = connecting.Elapsed.TotalSeconds;
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        var heapPerTablet = (GC.GetTotalMemory(true) - heapBefore) / (double)tablets;
        var workingSetPerTablet = (Process.GetCurrentProcess().WorkingSet64 - workingSetBefore) / (double)tablets;

        var latencies = new List<double>();
        var late = 0;
        for (var n = 1; n <= total; n++)
        {
            var index = n % items.Count;
            var item = items[index];
            var sent = Stopwatch.GetTimestamp();
            var replanned = (await (await SendAsync(http, chair, HttpMethod.Put, $"/api/agenda/congresses/{congressId}/items/{item.Id}",
                new { version = item.Version, title = $"{Marker}{n:D4}] Nội dung được điều chỉnh theo đề nghị của Đoàn Chủ tịch", plannedStartUtc = item.Start, plannedMinutes = 30, presenter = "Đồng chí Phó Bí thư Thường trực" }))
                .Content.ReadFromJsonAsync<ItemRead>())!;
            items[index] = (item.Id, replanned.Version, item.Start);
            if (await Task.WhenAny(done[n].Task, Task.Delay(TimeSpan.FromSeconds(10))) != done[n].Task) { late++; continue; }
            if (n > WarmUpChanges) latencies.Add(Stopwatch.GetElapsedTime(sent, arrivals[n].Max()).TotalMilliseconds);
            await Task.Delay(TimeSpan.FromSeconds(SessionCheckSeconds) + TimeSpan.FromMilliseconds(100)); // after the hall has it; every tablet's session checked anew
        }
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        latencies.Sort();
        if (latencies.Count == 0) latencies.Add(double.PositiveInfinity);
        double P(double q) => latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * q))];
        var provider = new DatabaseOptions { ConnectionString = connectionString }.Provider;
        Console.WriteLine($"Programme change on {provider}: {tablets} tablets holding the live feed open (one loopback HTTP connection each), {changes} changes one at a time after {WarmUpChanges} warm-up changes");
        Console.WriteLine($"  each tablet its own account, its session checked before every event (answers kept {SessionCheckSeconds} s, changes further apart)");
        Console.WriteLine($"  baseline: one round trip of GET /health/live   p50 {rtt:F2} ms");
        Console.WriteLine($"  {tablets} tablets connected and had the programme in {connectSeconds:F1} s ({failures} feeds failed)");
        Console.WriteLine($"  until the last tablet has the change           p50 {P(0.5),7:F1} ms   p99 {P(0.99),7:F1} ms   max {latencies[^1],7:F1} ms   ({late} not everywhere within 10 s)");
        Console.WriteLine($"  ratio to the round trip                        p50 {P(0.5) / rtt,7:F0}      p99 {P(0.99) / rtt,7:F0}");
        Console.WriteLine($"  memory per connected tablet (host + client)    managed heap {heapPerTablet / 1024,6:F1} KiB   working set {workingSetPerTablet / 1024,6:F1} KiB");
        Console.WriteLine($"  goal: p99 ≤ 1 s -> {(P(0.99) <= 1000 && late == 0 ? "met" : "NOT met")}");
        return failures == 0 && late == 0 ? 0 : 1;
    }

    /// <summary>The median of 200 sequential round trips of the liveness probe, after 50 to warm up.</summary>
    private static async Task<double> RoundTripAsync(HttpClient http)
    {
        var times = new List<double>();
        for (var i = 0; i < 250; i++)
        {
            var sent = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync("/health/live");
            response.EnsureSuccessStatusCode();
            if (i >= 50) times.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    private sealed record ItemRead(Guid Id, int Version);
}
