using System.Collections.Concurrent;

namespace Congress.Modules.Attendance.Application.Gates;

/// <summary>What the secretariat and /health/ready see of a gate.</summary>
/// <param name="State">Starting, WaitingForSession (no congress in session to admit to), Connected (frames arriving),
/// NoSignal (none for a while: the camera is being reconnected), Unavailable (face recognition does not run here).</param>
internal sealed record GateStatus(string Name, string Source, Guid? CongressId, string State, DateTime? LastFrameUtc,
    DateTime? LastCheckInUtc, int Frames, int CheckIns, string? LastMessage);

/// <summary>The live state of every configured gate, kept by <see cref="EntranceGates"/> (one host's cameras).</summary>
internal sealed class GateBoard
{
    private readonly ConcurrentDictionary<string, GateStatus> _gates = new();
    private readonly ConcurrentDictionary<(string Gate, Guid Delegate), DateTime> _lastSent = new();

    public void Set(GateStatus status) => _gates[status.Name] = status;

    public void Update(string gate, Func<GateStatus, GateStatus> change) =>
        _gates.AddOrUpdate(gate, _ => throw new InvalidOperationException($"Unknown gate {gate}"), (_, current) => change(current));

    /// <summary>Every gate, with Connected turned into NoSignal when no frame came for <paramref name="staleAfter"/>.</summary>
    public IReadOnlyList<GateStatus> Snapshot(DateTime nowUtc, TimeSpan staleAfter) =>
        _gates.Values
            .Select(g => g.State == "Connected" && (g.LastFrameUtc is not { } last || nowUtc - last > staleAfter) ? g with { State = "NoSignal" } : g)
            .OrderBy(g => g.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>Whether this delegate was checked in at this gate less than <paramref name="repeatAfter"/> ago.</summary>
    public bool SentRecently(string gate, Guid delegateId, DateTime nowUtc, TimeSpan repeatAfter) =>
        _lastSent.TryGetValue((gate, delegateId), out var last) && nowUtc - last < repeatAfter;

    /// <summary>Remembers a check-in the ledger took (a refused one, e.g. no session open, is tried again at the next frame).</summary>
    public void MarkSent(string gate, Guid delegateId, DateTime nowUtc) => _lastSent[(gate, delegateId)] = nowUtc;
}
