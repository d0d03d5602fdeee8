using System.Text.Json;
using Congress.Host.Cli;
using Congress.Shared.Infrastructure.Audit;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Testing;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Host.Tests;

/// <summary>
/// The audit trail against someone who can write the database: an edit is named, a rehash without the audit key fails,
/// a cut tail fails against an exported anchor. Each test has its own database and key directory.
/// </summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly KeyDirectoryFactory _factory = new();
    private readonly string _anchorFile = Path.Combine(Path.GetTempPath(), $"congress-anchor-{Guid.NewGuid():N}.json");

    public Task InitializeAsync() => _factory.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        File.Delete(_anchorFile);
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await CliRunner.RunAsync(_factory.Services, args, output, default);
        return (exit, output.ToString());
    }

    private async Task<T> WithIdentityAsync<T>(Func<ModuleDbContext, Task<T>> action)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(
            scope.ServiceProvider.GetServices<ModuleDatabase>().Single(m => m.Schema == "identity").ContextType);
        return await action(context);
    }

    private Task<int> SqlAsync(string sql, params object[] parameters) => WithIdentityAsync(c => c.Database.ExecuteSqlRawAsync(sql, parameters));

    /// <summary>Rewrites identity's trail from <paramref name="from"/> on with <paramref name="hash"/>, as a forger would.</summary>
    private async Task RehashAsync(long from, Func<AuditEntry, string, string> hash)
    {
        var entries = await WithIdentityAsync(c => c.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        var previous = from == 1 ? AuditChain.GenesisHash : entries.Single(e => e.Sequence == from - 1).Hash;
        foreach (var entry in entries.Where(e => e.Sequence >= from))
        {
            var next = hash(entry, previous);
            await SqlAsync("UPDATE identity_audit SET \"PreviousHash\" = {0}, \"Hash\" = {1} WHERE \"Sequence\" = {2}", previous, next, entry.Sequence);
            previous = next;
        }
    }

    [Fact]
    public async Task An_edited_entry_is_named_by_module_and_sequence()
    {
        await SqlAsync("UPDATE identity_audit SET \"Payload\" = {0} WHERE \"Sequence\" = 4", "{}");

        var (exit, output) = await RunAsync("audit", "verify");

        exit.Should().Be(3);
        output.Should().Contain("identity: CHUỖI BỊ PHÁ VỠ tại bản ghi 4 — entry 4 was altered");
        output.Should().Contain("delegates:").And.NotContain("delegates: CHUỖI", "only the edited module is reported broken");
    }

    [Fact]
    public async Task Recomputing_the_chain_after_an_edit_fails_without_the_audit_key()
    {
        var entries = await WithIdentityAsync(c => c.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        entries.Should().OnlyContain(e => e.Hash.StartsWith(AuditChain.KeyedPrefix), "a new installation writes only keyed entries");
        await SqlAsync("UPDATE identity_audit SET \"Actor\" = 'kẻ giả mạo' WHERE \"Sequence\" = 3");
        var forgedKey = new byte[32];
        await RehashAsync(3, (e, previous) => AuditChain.ComputeKeyedHash(forgedKey, "identity", previous, e.Sequence, e.AtUtc, e.Actor, e.Action, e.Payload));

        var verification = await WithIdentityAsync(c => AuditChain.VerifyAsync(c, default));

        verification.IsIntact.Should().BeFalse("the chain's links agree, but their HMAC is not the installation's");
        verification.FailedSequence.Should().Be(3);
        verification.Problem.Should().Be("entry 3 was altered");
    }

    [Fact]
    public async Task Deleting_the_tail_passes_alone_but_fails_against_the_anchor_exported_before()
    {
        (await RunAsync("audit", "anchor", "--out", _anchorFile)).Exit.Should().Be(0);
        var anchor = AuditAnchorFile.Parse(await File.ReadAllTextAsync(_anchorFile)).Modules.Single(m => m.Module == "identity");
        anchor.Sequence.Should().Be(10);
        anchor.Head.Should().StartWith(AuditChain.KeyedPrefix);

        await SqlAsync("DELETE FROM identity_audit WHERE \"Sequence\" > 7");

        (await RunAsync("audit", "verify")).Exit.Should().Be(0, "a cut tail leaves a valid, shorter chain: only something kept outside sees it");
        var (exit, output) = await RunAsync("audit", "verify", "--anchor", _anchorFile);
        exit.Should().Be(3);
        output.Should().Contain("identity: CHUỖI BỊ PHÁ VỠ tại bản ghi 8").And.Contain("its tail was cut");
    }

    [Fact]
    public async Task Rewriting_every_entry_with_the_old_unkeyed_rule_is_caught_by_the_anchor()
    {
        (await RunAsync("audit", "anchor", "--out", _anchorFile)).Exit.Should().Be(0);
        await SqlAsync("UPDATE identity_audit SET \"Actor\" = 'kẻ giả mạo' WHERE \"Sequence\" = 2");
        await RehashAsync(1, (e, previous) => AuditChain.ComputeHash(previous, e.Sequence, e.AtUtc, e.Actor, e.Action, e.Payload));

        var alone = await RunAsync("audit", "verify");
        var anchored = await RunAsync("audit", "verify", "--anchor", _anchorFile);

        alone.Output.Should().Contain("identity: 10 bản ghi").And.Contain("CHƯA có bản ghi nào có khoá",
            "a trail with no keyed entry is reported as unsealed");
        anchored.Exit.Should().Be(3);
        anchored.Output.Should().Contain("identity: CHUỖI BỊ PHÁ VỠ tại bản ghi 10").And.Contain("the trail was rewritten");
    }

    [Fact]
    public async Task Entries_from_before_the_keyed_chain_are_checked_by_the_old_rule_and_sealed_by_the_first_keyed_one()
    {
        // A trail as it was before this change: SHA-256 links only. Then the upgraded host appends a keyed entry.
        await RehashAsync(1, (e, previous) => AuditChain.ComputeHash(previous, e.Sequence, e.AtUtc, e.Actor, e.Action, e.Payload));
        var key = _factory.Services.GetRequiredService<AuditKey>().Value;
        await WithIdentityAsync(async c =>
        {
            var head = await c.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync();
            var at = new DateTime(2026, 12, 4, 8, 0, 0, DateTimeKind.Utc);
            c.AuditEntries.Add(new AuditEntry
            {
                Sequence = 11, AtUtc = at, Actor = "admin", Action = "UpgradeCommand", Payload = "{}", PreviousHash = head.Hash,
                Hash = AuditChain.ComputeKeyedHash(key, "identity", head.Hash, 11, at, "admin", "UpgradeCommand", "{}"),
            });
            return await c.SaveChangesAsync();
        });

        var upgraded = await WithIdentityAsync(c => AuditChain.VerifyAsync(c, default));
        upgraded.IsIntact.Should().BeTrue(upgraded.Problem);
        upgraded.LegacyEntries.Should().Be(10);
        upgraded.KeyedFrom.Should().Be(11);
        (await RunAsync("audit", "verify")).Output.Should().Contain("10 bản ghi đầu có từ trước khi chuỗi có khoá");

        // Editing an old entry and recomputing the old links now breaks at the first keyed entry, which covered them.
        await SqlAsync("UPDATE identity_audit SET \"Actor\" = 'kẻ giả mạo' WHERE \"Sequence\" = 5");
        await RehashAsync(5, (e, previous) => e.Sequence <= 10 ? AuditChain.ComputeHash(previous, e.Sequence, e.AtUtc, e.Actor, e.Action, e.Payload) : e.Hash);
        var edited = await WithIdentityAsync(c => AuditChain.VerifyAsync(c, default));
        edited.IsIntact.Should().BeFalse();
        edited.FailedSequence.Should().Be(11);
    }

    [Fact]
    public async Task An_unkeyed_entry_after_the_keyed_chain_began_is_refused()
    {
        await RehashAsync(9, (e, previous) => AuditChain.ComputeHash(previous, e.Sequence, e.AtUtc, e.Actor, e.Action, e.Payload));

        var verification = await WithIdentityAsync(c => AuditChain.VerifyAsync(c, default));

        verification.FailedSequence.Should().Be(9);
        verification.Problem.Should().Be("entry 9 is not keyed, though the keyed chain began at entry 1");
    }

    [Fact]
    public async Task A_broken_chain_is_not_anchored_and_a_garbled_anchor_is_refused()
    {
        await SqlAsync("UPDATE identity_audit SET \"Action\" = 'X' WHERE \"Sequence\" = 1");

        var refused = await RunAsync("audit", "anchor", "--out", _anchorFile);
        refused.Exit.Should().Be(3);
        refused.Output.Should().Contain("Không lập mốc neo");
        File.Exists(_anchorFile).Should().BeFalse("an anchor vouches for what it saw: never for a broken chain");

        await File.WriteAllTextAsync(_anchorFile, "{\"kind\":\"something-else\"}");
        var garbled = await RunAsync("audit", "verify", "--anchor", _anchorFile);
        garbled.Exit.Should().Be(2);
        garbled.Output.Should().Contain("Không đọc được mốc neo");
        (await RunAsync("audit", "verify", "--anchor")).Exit.Should().Be(2);
        (await RunAsync("audit", "verify", "--anchor", _anchorFile + ".missing")).Exit.Should().Be(2);
    }

    [Fact]
    public async Task The_anchor_printed_without_a_file_is_json_naming_every_module_head()
    {
        var (exit, output) = await RunAsync("audit", "anchor");

        exit.Should().Be(0);
        var anchor = AuditAnchorFile.Parse(output);
        anchor.Modules.Select(m => m.Module).Should().Contain(["identity", "delegates", "voting"]);
        anchor.Modules.Single(m => m.Module == "identity").Should().Match<AuditAnchor>(a => a.Sequence == 10 && a.KeyedFrom == 1);
        JsonDocument.Parse(output).RootElement.GetProperty("kind").GetString().Should().Be("congress-audit-anchor");
    }
}
