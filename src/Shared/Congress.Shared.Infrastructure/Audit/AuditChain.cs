using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Congress.Shared.Infrastructure.Persistence;
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

/// <summary>Appends to and verifies a module's hash-chained audit trail.</summary>
public static class AuditChain
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keeps Vietnamese readable in the trail
    };

    /// <summary>
    /// Appends entries after the current head, inside the caller's transaction. Writers are serialised:
    /// SQLite transactions here are IMMEDIATE (one writer); on PostgreSQL an advisory lock per module is taken.
    /// </summary>
    internal static async Task AppendAsync(ModuleDbContext context, string actor, IEnumerable<(string Action, string Payload)> entries, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (context.Database.IsNpgsql())
            await context.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [LockKey(context.Schema)], cancellationToken);

        var head = await context.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        var sequence = head?.Sequence ?? 0;
        var previous = head?.Hash ?? GenesisHash;
        foreach (var (action, payload) in entries)
        {
            sequence++;
            var at = DateTime.SpecifyKind(new DateTime(nowUtc.Ticks - nowUtc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
            var hash = ComputeHash(previous, sequence, at, actor, action, payload);
            context.AuditEntries.Add(new AuditEntry { Sequence = sequence, AtUtc = at, Actor = actor, Action = action, Payload = payload, PreviousHash = previous, Hash = hash });
            previous = hash;
        }
    }

    public static string ComputeHash(string previousHash, long sequence, DateTime atUtc, string actor, string action, string payload)
    {
        var canonical = string.Join('\n', previousHash, sequence, atUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"), actor, action, payload);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Walks a module's trail from the start; returns the first broken entry, if any.</summary>
    public static async Task<AuditVerification> VerifyAsync(ModuleDbContext context, CancellationToken cancellationToken)
    {
        var previous = GenesisHash;
        long expected = 1, count = 0;
        await foreach (var entry in context.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            string? problem = null;
            if (entry.Sequence != expected) problem = $"entry {expected} is missing (found {entry.Sequence})";
            else if (entry.PreviousHash != previous) problem = $"entry {entry.Sequence} does not follow entry {entry.Sequence - 1}";
            else if (ComputeHash(entry.PreviousHash, entry.Sequence, entry.AtUtc, entry.Actor, entry.Action, entry.Payload) != entry.Hash)
                problem = $"entry {entry.Sequence} was altered";
            if (problem is not null) return new AuditVerification(context.Schema, count, problem);
            previous = entry.Hash;
            expected++;
            count++;
        }
        return new AuditVerification(context.Schema, count, null);
    }

    private static long LockKey(string schema) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("audit:" + schema)), 0);
}

public sealed record AuditVerification(string Schema, long EntriesVerified, string? Problem)
{
    public bool IsIntact => Problem is null;
}
