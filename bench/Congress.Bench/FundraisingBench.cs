using System.Net.Http.Json;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Microsoft.Extensions.DependencyInjection;

using static Congress.Bench.BenchHttp;

namespace Congress.Bench;

/// <summary>
/// The drive's launch against the real host on loopback, on the demo congress: its 450 official delegates pledge from their
/// tablets at once (each with their own bearer token, 128 requests in flight), then the desks issue a receipt for every
/// pledge, all at once too. Reported: the time for all 450 pledges, pledges/s, p50/p99, beside <c>GET /health/live</c>
/// stormed the same way in the same run; the receipts' rate; and the proof that the receipt numbers are 1..450, each once.
/// Two drives before the measured one warm the host up (the JIT), as a host that has run since the morning would be.
/// </summary>
internal static class FundraisingBench
{
    private const int WarmUpDrives = 2;

    /// <summary>The open-loop run: the 450 pledges due at this rate (all within 10 s, six times denser than "within the minute").</summary>
    private const int ArrivalsPerSecond = 45;

    public static async Task<int> RunAsync(string connectionString)
    {
        await using var host = await BenchHost.StartAsync(connectionString);
        var (app, http, congressId, province) = (host.App, host.Http, host.CongressId, host.Province);
        using var scope = app.Services.CreateScope();
        var committee = Token(app, Roles.OrganisingCommittee, province, null);
        var desk = Token(app, Roles.Secretariat, province, null);
        var delegates = (await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default)).Where(d => d.Kind == "Official").ToList();
        var tokens = delegates.Select(d => Token(app, Roles.Delegate, null, d.DelegateId)).ToList();
        var count = tokens.Count;

        async Task<Drive> DriveAsync(string name, int inFlight = InFlight, int arrivalsPerSecond = 0)
        {
            var launched = await SendAsync(http, committee, HttpMethod.Post, $"/api/fundraising/congresses/{congressId}/campaigns", new
            {
                name, purpose = "Ủng hộ đồng bào bị thiệt hại do bão số 10 và số 11", goalVnd = 10_000_000_000, startsOn = "2026-10-14", endsOn = "2026-12-31",
                organiser = "Ban Thường vụ Tỉnh ủy", bankBin = "970415", bankAccount = "113366668888", bankAccountName = "UY BAN MTTQ TINH", units = Array.Empty<object>(),
            });
            var campaign = (await launched.Content.ReadFromJsonAsync<Campaign>())!.Id;
            var path = $"/api/fundraising/congresses/{congressId}/campaigns/{campaign}";
            HttpRequestMessage Pledge(int i) => Authorised(new HttpRequestMessage(HttpMethod.Post, $"/api/fundraising/campaigns/{campaign}/my-pledges")
            {
                Content = JsonContent.Create(new { amountVnd = 500_000 + i * 1_000, namePublic = false }),
            }, tokens[i]);
            var pledges = arrivalsPerSecond > 0 ? await ArriveAsync(count, arrivalsPerSecond, Pledge, http) : await SaturateAsync(count, Pledge, http, inFlight);
            var taken = await Get<List<Pledge>>(http, desk, path + "/pledges");
            var receipts = await SaturateAsync(taken.Count, i => Authorised(new HttpRequestMessage(HttpMethod.Post, path + "/receipts")
            {
                Content = JsonContent.Create(new { pledgeId = taken[i].Id, method = "Cash", amountVnd = taken[i].AmountVnd }),
            }, desk), http);
            var numbers = (await Get<List<Receipt>>(http, desk, path + "/receipts")).Select(r => r.Number).ToList();
            return new Drive(pledges, taken.Count, receipts, numbers);
        }

        for (var i = 0; i < WarmUpDrives; i++) await DriveAsync($"Khởi động {i + 1}");
        await SaturateAsync(count, Health, http);
        var baseline = await SaturateAsync(count, Health, http);
        var drive = await DriveAsync("Vì đồng bào vùng bão — đo hiệu năng");
        var alone = await DriveAsync("Từng người một", inFlight: 1);
        var arriving = await DriveAsync("Trong một phút", arrivalsPerSecond: ArrivalsPerSecond);

        var provider = new DatabaseOptions { ConnectionString = connectionString }.Provider;
        var seconds = count / drive.Pledges.PerSecond;
        var gapFree = drive.Numbers.Order().SequenceEqual(Enumerable.Range(1, count));
        Console.WriteLine($"Fundraising launch on {provider}: {count} delegates pledge from their tablets at once ({InFlight} in flight), loopback HTTP, after {WarmUpDrives} warm-up drives");
        Console.WriteLine($"  baseline GET /health/live  {baseline.PerSecond,8:F0} req/s      p50 {baseline.P50,6:F1} ms   p99 {baseline.P99,6:F1} ms");
        Console.WriteLine($"  pledge                     {drive.Pledges.PerSecond,8:F0} pledges/s  p50 {drive.Pledges.P50,6:F1} ms   p99 {drive.Pledges.P99,6:F1} ms  ({drive.Pledges.Failures} refused, {drive.Taken} stored)");
        Console.WriteLine($"  ratio to baseline          throughput {drive.Pledges.PerSecond / baseline.PerSecond,5:F2}   p99 {drive.Pledges.P99 / baseline.P99,5:F1}");
        Console.WriteLine($"  all {count} pledges in      {seconds * 1000,6:F0} ms");
        Console.WriteLine($"  arriving at {ArrivalsPerSecond}/s (all {count} within {count / ArrivalsPerSecond} s), timed from when each was due: p50 {arriving.Pledges.P50,6:F1} ms   p99 {arriving.Pledges.P99,6:F1} ms  ({arriving.Pledges.Failures} refused)");
        Console.WriteLine($"  one pledge at a time       p50 {alone.Pledges.P50,6:F1} ms (what one pledge costs with nobody else writing; {1000 / alone.Pledges.P50:F0}/s if nothing overlapped)");
        Console.WriteLine($"  receipt (one per pledge)   {drive.Receipts.PerSecond,8:F0} receipts/s p50 {drive.Receipts.P50,6:F1} ms   p99 {drive.Receipts.P99,6:F1} ms  ({drive.Receipts.Failures} refused)");
        Console.WriteLine($"  receipt numbers            {drive.Numbers.Count} issued, {drive.Numbers.Distinct().Count()} distinct, 1..{count} without gap: {(gapFree ? "yes" : "NO")}");
        Console.WriteLine($"  goals: all {count} in ≤ 1 s -> {(seconds <= 1 ? "met" : "NOT met")}; p99 ≤ 50 ms arriving within the minute -> {(arriving.Pledges.P99 <= 50 ? "met" : "NOT met")}; numbers gap-free and unique -> {(gapFree ? "met" : "NOT met")}");
        return gapFree && drive.Pledges.Failures == 0 && drive.Taken == count ? 0 : 1;
    }

    private static HttpRequestMessage Health(int _) => new(HttpMethod.Get, "/health/live");

    private static async Task<T> Get<T>(HttpClient http, string token, string path)
    {
        using var response = await http.SendAsync(Authorised(new HttpRequestMessage(HttpMethod.Get, path), token));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private sealed record Drive(Storm Pledges, int Taken, Storm Receipts, List<int> Numbers);
    private sealed record Campaign(Guid Id);
    private sealed record Pledge(Guid Id, long AmountVnd);
    private sealed record Receipt(int Number);
}
