using System.Net;
using System.Net.Http.Json;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Fundraising.Tests.Integration;

internal sealed record Campaign(Guid Id, string Name, bool IsOpen);
internal sealed record Pledge(Guid Id, string Reference, string DonorName, string? UnitName, long AmountVnd, long ReceivedVnd, string? PaymentCode);
internal sealed record Receipt(Guid Id, string ReceiptNumber, int Year, int Number, Guid? PledgeId, string Method, long AmountVnd, string Status);
internal sealed record Batch(Guid Id, int ExpectedCount, long ExpectedTotalVnd, int Count, long TotalVnd, bool IsClosed);
internal sealed record Unit(string Name, long TargetVnd, long PledgedVnd, long ReceivedVnd, int Donors);
internal sealed record Payout(Guid Id, string Locality, long AmountVnd);
internal sealed record Summary(long GoalVnd, long PledgedVnd, long ReceivedVnd, long DisbursedVnd, long BalanceVnd, int PledgeCount, List<Unit> Units, List<Payout> Disbursements);
internal sealed record BankLine(Guid Id, int LineNumber, long AmountVnd, string? Reference, string Status);
internal sealed record BankImport(int Lines, int Matched, int Unmatched, int AlreadyImported, List<BankLine> UnmatchedLines);
internal sealed record Problem(string? Title, string? Code);
internal sealed record PublicView(long GoalVnd, long PledgedVnd, long ReceivedVnd, long DisbursedVnd, long BalanceVnd, List<Unit> Units, List<Payout> Disbursements, List<string> Donors);

/// <summary>The module's REST API as the demo accounts use it, and the books checked after every operation.</summary>
internal sealed class FundraisingApi(CongressFactory factory)
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    public async Task<HttpClient> As(string account)
    {
        if (!_clients.TryGetValue(account, out var client)) _clients[account] = client = await factory.ClientForAsync(account);
        return client;
    }

    public async Task<Guid> CongressAsync() =>
        (await factory.AsCallerAsync(Roles.Secretariat, "NB", s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;

    public static object LaunchBody(string name, long goal = 20_000_000_000, object[]? units = null) => new
    {
        name, purpose = "Ủng hộ đồng bào bị thiệt hại do bão số 10 và số 11", goalVnd = goal, startsOn = "2026-10-14", endsOn = "2026-12-31",
        organiser = "Ban Thường vụ Tỉnh ủy", bankBin = "970415", bankAccount = "113366668888", bankAccountName = "UY BAN MTTQ TINH",
        units = units ?? [new { name = "Đoàn đại biểu xã Hoa Lư", targetVnd = 500_000_000 }],
    };

    public async Task<(Guid CongressId, Campaign Campaign)> LaunchAsync(string name, object[]? units = null)
    {
        var congressId = await CongressAsync();
        var response = await (await As("btc")).PostAsJsonAsync($"/api/fundraising/congresses/{congressId}/campaigns", LaunchBody(name, units: units));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        await AssertBooksBalancedAsync();
        return (congressId, (await response.Content.ReadFromJsonAsync<Campaign>())!);
    }

    public static string CampaignPath(Guid congressId, Guid campaignId) => $"/api/fundraising/congresses/{congressId}/campaigns/{campaignId}";

    /// <summary>Posts and checks the status; then asserts the books still balance, whatever happened.</summary>
    public async Task<T?> PostAsync<T>(string account, string path, object? body, HttpStatusCode expected)
    {
        var response = await (await As(account)).PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        await AssertBooksBalancedAsync();
        return response.IsSuccessStatusCode ? System.Text.Json.JsonSerializer.Deserialize<T>(text, Json) : default;
    }

    public async Task<Problem> RefusedAsync(string account, string path, object? body, HttpStatusCode expected)
    {
        var response = await (await As(account)).PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        await AssertBooksBalancedAsync();
        return text.Length == 0 ? new Problem(null, null) : System.Text.Json.JsonSerializer.Deserialize<Problem>(text, Json)!;
    }

    public async Task<T> GetAsync<T>(string account, string path)
    {
        var response = await (await As(account)).GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return System.Text.Json.JsonSerializer.Deserialize<T>(text, Json)!;
    }

    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>
    /// The trial balance of the whole database is zero, and so is every single entry and every campaign's books: what the
    /// double-entry ledger promises at every moment. Called after EVERY operation of these tests, refused ones included.
    /// </summary>
    public async Task AssertBooksBalancedAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FundraisingDbContext>();
        var postings = await db.LedgerPostings.AsNoTracking().Select(p => new { p.EntryId, p.CampaignId, p.AmountVnd }).ToListAsync();
        postings.Sum(p => p.AmountVnd).Should().Be(0, "the trial balance of all the books is zero");
        postings.GroupBy(p => p.EntryId).Where(g => g.Sum(p => p.AmountVnd) != 0).Should().BeEmpty("every entry is balanced");
        postings.GroupBy(p => p.CampaignId).Where(g => g.Sum(p => p.AmountVnd) != 0).Should().BeEmpty("every campaign's books balance");
        var entries = await db.LedgerEntries.AsNoTracking().Select(e => e.Id).ToListAsync();
        postings.Select(p => p.EntryId).Distinct().Should().BeSubsetOf(entries);
    }
}
