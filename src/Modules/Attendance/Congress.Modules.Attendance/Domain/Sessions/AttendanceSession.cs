using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Domain.Sessions;

internal readonly record struct SessionId(Guid Value) : ITypedId
{
    public static SessionId New() => new(Guid.NewGuid());
}

/// <summary>What part of the congress a session is: the preparatory session, an official sitting, or another meeting.</summary>
internal enum SessionKind
{
    Preparatory,
    Official,
    Other,
}

/// <summary>
/// A sitting of a congress during which the roll call runs (phiên trù bị, phiên chính thức…). The secretariat opens and
/// closes it; at most one session of a congress is open at a time (a unique index on the open ones guards it too).
/// </summary>
internal sealed class AttendanceSession : AggregateRoot<SessionId>
{
    public const int MaxNameLength = 200;

    private AttendanceSession() { }

    public Guid CongressId { get; private set; }
    public string Name { get; private set; } = "";
    public SessionKind Kind { get; private set; }
    public DateTime OpenedAtUtc { get; private set; }
    public string OpenedBy { get; private set; } = "";
    public DateTime? ClosedAtUtc { get; private set; }
    public string? ClosedBy { get; private set; }

    /// <summary>1 while open, null once closed: the column a unique index makes "one open session per congress" of.</summary>
    public int? OpenMarker { get; private set; }

    public bool IsOpen => ClosedAtUtc is null;

    public static Result<AttendanceSession> Open(Guid congressId, string name, SessionKind kind, string openedBy, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(name)) return new Error("attendance.session.name", "Tên phiên họp là bắt buộc.");
        if (name.Trim().Length > MaxNameLength) return new Error("attendance.session.name", $"Tên phiên họp quá dài (tối đa {MaxNameLength} ký tự).");
        return new AttendanceSession
        {
            Id = SessionId.New(), CongressId = congressId, Name = name.Trim(), Kind = kind,
            OpenedAtUtc = nowUtc, OpenedBy = openedBy, OpenMarker = 1,
        };
    }

    /// <summary>Closes the session; closing a closed one changes nothing.</summary>
    public void Close(string closedBy, DateTime nowUtc)
    {
        if (!IsOpen) return;
        ClosedAtUtc = nowUtc;
        ClosedBy = closedBy;
        OpenMarker = null;
    }
}
