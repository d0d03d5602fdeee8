using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Congress.Shared.Infrastructure.Audit;

/// <summary>One entry of a module's audit trail. Each entry's hash covers the previous hash, so an edit breaks the chain.</summary>
public sealed class AuditEntry
{
    public long Sequence { get; init; }
    public DateTime AtUtc { get; init; }
    public string Actor { get; init; } = "";
    public string Action { get; init; } = "";
    public string Payload { get; init; } = "";
    public string PreviousHash { get; init; } = "";
    public string Hash { get; init; } = "";
}

/// <summary>
/// The secret that keys the audit chain (HMAC-SHA256): <c>Audit:Key</c> or <c>audit.key</c> in the key directory, never
/// in the database, so whoever can write the database cannot recompute the chain after editing it (docs/adr/0010).
/// Not rotated: every keyed entry ever written is checked with it.
/// </summary>
public sealed class AuditKey(InstallationSecrets secrets)
{
    public const string ConfigurationKey = "Audit:Key";
    public const string FileName = "audit.key";
    private byte[]? _key;

    public byte[] Value => _key ??= secrets.Get(ConfigurationKey, FileName);
}

/// <summary>
/// Appends to and verifies a module's audit trail: a chain of HMAC-SHA256 values keyed with <see cref="AuditKey"/>.
/// Entries written before the chain was keyed (a bare SHA-256, no <see cref="KeyedPrefix"/>) are checked with the old
/// rule and counted apart: the first keyed entry covers the last of them, so they cannot be edited afterwards without the
/// key either, but nothing vouches for what was done to them before it. A cut tail is invisible from inside the database:
/// <see cref="AuditAnchor"/> (exported by <c>audit anchor</c>, kept elsewhere) catches it.
/// </summary>
public static class AuditChain
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
    public const string KeyedPrefix = "hmac-sha256:";

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keeps Vietnamese readable in the trail
    };

    /// <summary>
    /// Appends entries after the current head, inside the caller's transaction. Writers are serialised:
    /// SQLite transactions here are IMMEDIATE (one writer); on PostgreSQL an advisory lock per module is taken.
    /// </summary>
    internal static async Task AppendAsync(ModuleDbContext context, IEnumerable<(string Actor, string Action, string Payload)> entries, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (context.Database.IsNpgsql())
            await context.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [LockKey(context.Schema)], cancellationToken);

        var key = context.Services.AuditKey.Value;
        var head = await context.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        var sequence = head?.Sequence ?? 0;
        var previous = head?.Hash ?? GenesisHash;
        foreach (var (actor, action, payload) in entries)
        {
            sequence++;
            var at = DateTime.SpecifyKind(new DateTime(nowUtc.Ticks - nowUtc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
            var hash = ComputeKeyedHash(key, context.Schema, previous, sequence, at, actor, action, payload);
            context.AuditEntries.Add(new AuditEntry { Sequence = sequence, AtUtc = at, Actor = actor, Action = action, Payload = payload, PreviousHash = previous, Hash = hash });
            previous = hash;
        }
    }

    /// <summary>The rule before the chain was keyed: SHA-256 of the entry and the previous hash; anyone can recompute it.</summary>
    public static string ComputeHash(string previousHash, long sequence, DateTime atUtc, string actor, string action, string payload) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(previousHash, sequence, atUtc, actor, action, payload))));

    /// <summary>HMAC-SHA256 of the module, the entry and the previous hash, under the audit key.</summary>
    public static string ComputeKeyedHash(byte[] key, string schema, string previousHash, long sequence, DateTime atUtc, string actor, string action, string payload) =>
        KeyedPrefix + Convert.ToHexStringLower(HMACSHA256.HashData(key,
            Encoding.UTF8.GetBytes("congress-audit-v2\n" + schema + "\n" + Canonical(previousHash, sequence, atUtc, actor, action, payload))));

    private static string Canonical(string previousHash, long sequence, DateTime atUtc, string actor, string action, string payload) =>
        string.Join('\n', previousHash, sequence, atUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"), actor, action, payload);

    /// <summary>Walks a module's trail from the start; returns the first broken entry, if any.</summary>
    public static Task<AuditVerification> VerifyAsync(ModuleDbContext context, CancellationToken cancellationToken) =>
        VerifyAsync(context, null, cancellationToken);

    /// <summary>
    /// Walks a module's trail from the start and, given the module's <paramref name="anchor"/>, checks that the entry it
    /// saw is still there with the same value; returns the first broken entry, if any.
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(ModuleDbContext context, AuditAnchor? anchor, CancellationToken cancellationToken)
    {
        var key = context.Services.AuditKey.Value;
        var previous = GenesisHash;
        long expected = 1, count = 0, legacy = 0;
        long? keyedFrom = null;
        string? anchoredHash = null;
        AuditVerification Broken(long sequence, string problem) =>
            new(context.Schema, count, problem, sequence, legacy, keyedFrom, expected - 1, previous);

        await foreach (var entry in context.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expected) return Broken(expected, $"entry {expected} is missing (found {entry.Sequence})");
            if (entry.PreviousHash != previous) return Broken(entry.Sequence, $"entry {entry.Sequence} does not follow entry {entry.Sequence - 1}");
            if (entry.Hash.StartsWith(KeyedPrefix, StringComparison.Ordinal))
            {
                if (ComputeKeyedHash(key, context.Schema, entry.PreviousHash, entry.Sequence, entry.AtUtc, entry.Actor, entry.Action, entry.Payload) != entry.Hash)
                    return Broken(entry.Sequence, $"entry {entry.Sequence} was altered");
                keyedFrom ??= entry.Sequence;
            }
            else
            {
                if (keyedFrom is { } from)
                    return Broken(entry.Sequence, $"entry {entry.Sequence} is not keyed, though the keyed chain began at entry {from}");
                if (ComputeHash(entry.PreviousHash, entry.Sequence, entry.AtUtc, entry.Actor, entry.Action, entry.Payload) != entry.Hash)
                    return Broken(entry.Sequence, $"entry {entry.Sequence} was altered");
                legacy++;
            }
            if (anchor is not null && entry.Sequence == anchor.Sequence) anchoredHash = entry.Hash;
            previous = entry.Hash;
            expected++;
            count++;
        }

        if (anchor is { Sequence: > 0 })
        {
            if (anchoredHash is null)
                return Broken(expected, $"the trail ends at entry {expected - 1} but the anchor of {anchor.AtUtc:yyyy-MM-dd HH:mm:ss}Z saw entry {anchor.Sequence}: its tail was cut");
            if (anchoredHash != anchor.Head)
                return Broken(anchor.Sequence, $"entry {anchor.Sequence} is not the one the anchor of {anchor.AtUtc:yyyy-MM-dd HH:mm:ss}Z saw: the trail was rewritten");
        }
        return new AuditVerification(context.Schema, count, null, null, legacy, keyedFrom, expected - 1, previous);
    }

    private static long LockKey(string schema) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("audit:" + schema)), 0);
}

/// <param name="Schema">The module.</param>
/// <param name="EntriesVerified">Entries found intact before the first problem (all of them when intact).</param>
/// <param name="Problem">The first problem, in words; null when intact.</param>
/// <param name="FailedSequence">The sequence of the first bad (or first missing) entry.</param>
/// <param name="LegacyEntries">Entries from before the chain was keyed, checked with the old, unkeyed rule.</param>
/// <param name="KeyedFrom">The first keyed entry.</param>
/// <param name="HeadSequence">The last entry verified.</param>
/// <param name="HeadHash">Its hash.</param>
public sealed record AuditVerification(string Schema, long EntriesVerified, string? Problem, long? FailedSequence = null,
    long LegacyEntries = 0, long? KeyedFrom = null, long HeadSequence = 0, string HeadHash = AuditChain.GenesisHash)
{
    public bool IsIntact => Problem is null;
}

/// <summary>
/// The head of one module's audit trail at one moment, to keep outside the database (printed, mailed, filed with the
/// minutes): a later <c>audit verify --anchor</c> fails if that entry is gone (a cut tail) or differs (a rewrite).
/// </summary>
public sealed record AuditAnchor(string Module, long Sequence, string Head, long? KeyedFrom, DateTime AtUtc);

/// <summary>The anchors of every module, as <c>audit anchor</c> writes them (JSON).</summary>
public sealed record AuditAnchorFile(string Kind, int Version, DateTime CreatedUtc, IReadOnlyList<AuditAnchor> Modules)
{
    public const string ExpectedKind = "congress-audit-anchor";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static AuditAnchorFile Parse(string json)
    {
        AuditAnchorFile? file;
        try { file = JsonSerializer.Deserialize<AuditAnchorFile>(json, Json); }
        catch (JsonException e) { throw new FormatException($"not an audit anchor ({e.Message})"); }
        if (file is null || file.Kind != ExpectedKind || file.Version != 1 || file.Modules is null)
            throw new FormatException("not an audit anchor (kind congress-audit-anchor, version 1)");
        return file;
    }
}
