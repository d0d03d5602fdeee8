using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Domain.Reconciliation;

internal readonly record struct FindingId(Guid Value) : ITypedId
{
    public static FindingId New() => new(Guid.NewGuid());
}

internal enum FindingKind
{
    /// <summary>A manual entry for a delegate whom a camera also recognised in the same session.</summary>
    ManualEntrySeenByCamera,
    /// <summary>An official delegate with approved credentials and no face template on file.</summary>
    NotEnrolledForFace,
    /// <summary>A session still open after the (Vietnam) day it was opened on.</summary>
    SessionLeftOpen,
}

/// <summary>Something the reconciliation found for a person to look at. Each run replaces the congress's previous findings.</summary>
internal sealed class ReconciliationFinding : Entity<FindingId>
{
    private ReconciliationFinding() { }

    public Guid CongressId { get; private set; }
    public Guid? SessionId { get; private set; }
    public Guid? DelegateId { get; private set; }
    public FindingKind Kind { get; private set; }
    public string Detail { get; private set; } = "";
    public DateTime FoundAtUtc { get; private set; }

    public static ReconciliationFinding Create(Guid congressId, Guid? sessionId, Guid? delegateId, FindingKind kind, string detail, DateTime nowUtc) => new()
    {
        Id = FindingId.New(), CongressId = congressId, SessionId = sessionId, DelegateId = delegateId, Kind = kind, Detail = detail, FoundAtUtc = nowUtc,
    };
}
