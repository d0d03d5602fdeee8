using Congress.Modules.Attendance.Domain.Sessions;
using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Domain.Ledger;

internal readonly record struct PresenceEventId(Guid Value) : ITypedId
{
    public static PresenceEventId New() => new(Guid.NewGuid());
}

internal enum Direction
{
    Entry,
    Exit,
}

internal enum CheckInMethod
{
    Face,
    QrBadge,
    Manual,
}

/// <summary>
/// One line of the attendance ledger: a delegate entered or left the hall during a session, by one method, at one gate.
/// Lines are only ever appended. <see cref="Sequence"/> numbers a delegate's lines in a session 1, 2, 3… (entries odd,
/// exits even); a unique index on (session, delegate, sequence) makes two gates that see the same delegate at the same
/// instant write one line between them, and a unique index on (session, scan key) counts a resent scan once.
/// </summary>
internal sealed class PresenceEvent : Entity<PresenceEventId>
{
    public const int MaxScanKeyLength = 100;
    public const int MaxGateLength = 100;
    public const int MaxReasonLength = 500;

    private PresenceEvent() { }

    public SessionId SessionId { get; private set; }
    public Guid CongressId { get; private set; }
    public Guid DelegateId { get; private set; }
    public int Sequence { get; private set; }
    public Direction Direction { get; private set; }
    public CheckInMethod Method { get; private set; }
    public string Gate { get; private set; } = "";
    public string ScanKey { get; private set; } = "";
    public string? Reason { get; private set; }
    public float? Similarity { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string RecordedBy { get; private set; } = "";

    internal static PresenceEvent Create(AttendanceSession session, Guid delegateId, int sequence, Direction direction, Scan scan, DateTime nowUtc) => new()
    {
        Id = PresenceEventId.New(), SessionId = session.Id, CongressId = session.CongressId, DelegateId = delegateId,
        Sequence = sequence, Direction = direction, Method = scan.Method, Gate = scan.Gate, ScanKey = scan.ScanKey,
        Reason = scan.Reason, Similarity = scan.Similarity, AtUtc = nowUtc, RecordedBy = scan.RecordedBy,
    };
}

/// <summary>What a gate saw: how, where, under which idempotency key, why (manual), how sure (face), by whom.</summary>
internal sealed record Scan(CheckInMethod Method, string Gate, string ScanKey, string? Reason, float? Similarity, string RecordedBy)
{
    public static Result<Scan> Create(CheckInMethod method, string? gate, string? scanKey, string? reason, float? similarity, string recordedBy)
    {
        gate = string.IsNullOrWhiteSpace(gate) ? "secretariat" : gate.Trim();
        if (gate.Length > PresenceEvent.MaxGateLength) return new Error("attendance.gate", $"Tên cổng quá dài (tối đa {PresenceEvent.MaxGateLength} ký tự).");
        scanKey = string.IsNullOrWhiteSpace(scanKey) ? Guid.NewGuid().ToString("N") : scanKey.Trim();
        if (scanKey.Length > PresenceEvent.MaxScanKeyLength) return new Error("attendance.scan_key", $"Mã lượt quét quá dài (tối đa {PresenceEvent.MaxScanKeyLength} ký tự).");
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (method == CheckInMethod.Manual && reason is null)
            return new Error("attendance.reason", "Điểm danh thủ công phải ghi lý do.");
        if (reason is { Length: > PresenceEvent.MaxReasonLength }) return new Error("attendance.reason", $"Lý do quá dài (tối đa {PresenceEvent.MaxReasonLength} ký tự).");
        return new Scan(method, gate, scanKey, reason, similarity, recordedBy);
    }
}

/// <summary>What the ledger answers a gate.</summary>
internal enum LedgerOutcome
{
    /// <summary>A new line was written: the delegate entered (or left).</summary>
    Recorded,
    /// <summary>This scan (same idempotency key) was already counted; nothing new written.</summary>
    DuplicateScan,
    /// <summary>The delegate is already inside: seen again, not a new entry.</summary>
    AlreadyInside,
    /// <summary>An exit for a delegate who is not inside: nothing written.</summary>
    NotInside,
}

/// <summary>The rule of the ledger for one delegate in one session, given their last line.</summary>
internal static class LedgerRules
{
    public static bool IsInside(PresenceEvent? last) => last is { Direction: Direction.Entry };

    /// <summary>The outcome and, when something is to be written, the sequence of the new line.</summary>
    public static (LedgerOutcome Outcome, int Sequence) Decide(PresenceEvent? last, Direction wanted) => wanted switch
    {
        Direction.Entry when IsInside(last) => (LedgerOutcome.AlreadyInside, 0),
        Direction.Exit when !IsInside(last) => (LedgerOutcome.NotInside, 0),
        _ => (LedgerOutcome.Recorded, (last?.Sequence ?? 0) + 1),
    };
}
