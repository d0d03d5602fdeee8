using Congress.Modules.Agenda.Domain.Programme;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Domain.Tasks;

internal readonly record struct CommitteeTaskId(Guid Value) : ITypedId
{
    public static CommitteeTaskId New() => new(Guid.NewGuid());
}

internal enum CommitteeTaskStatus
{
    Open,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>
/// A task of the organising committee (phân công nhiệm vụ): assigned to a person or a sub-committee (optionally an
/// organisation of the caller's subtree), due at a time, tracked by status and progress notes. Versioned like items.
/// </summary>
internal sealed class CommitteeTask : AggregateRoot<CommitteeTaskId>
{
    private CommitteeTask() { }

    public Guid CongressId { get; private set; }
    public string Title { get; private set; } = "";
    public string Assignee { get; private set; } = "";
    public Guid? OrganisationId { get; private set; }
    public DateTime DueAtUtc { get; private set; }
    public CommitteeTaskStatus Status { get; private set; }

    /// <summary>Progress notes, newest last, one per line ("dd/MM HH:mm — text").</summary>
    public string Notes { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? RemindedAtUtc { get; private set; }
    public int Version { get; private set; }

    public bool IsOpen => Status is CommitteeTaskStatus.Open or CommitteeTaskStatus.InProgress;

    public bool IsLate(DateTime nowUtc) => IsOpen && DueAtUtc < nowUtc;

    public static Result<CommitteeTask> Assign(Guid congressId, string title, string assignee, Guid? organisationId, DateTime dueAtUtc, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(assignee))
            return new Error("agenda.task.required", "Nhiệm vụ cần tên và người (hoặc tiểu ban) được giao.");
        return new CommitteeTask
        {
            Id = CommitteeTaskId.New(), CongressId = congressId, Title = title.Trim(), Assignee = assignee.Trim(), OrganisationId = organisationId,
            DueAtUtc = dueAtUtc, Status = CommitteeTaskStatus.Open, CreatedAtUtc = nowUtc, Version = 1,
        };
    }

    public Result Update(int expectedVersion, CommitteeTaskStatus status, string? note, string noteLine)
    {
        if (expectedVersion != Version) return AgendaErrors.Stale;
        Status = status;
        if (!string.IsNullOrWhiteSpace(note)) Notes = Notes.Length == 0 ? noteLine : $"{Notes}\n{noteLine}";
        Version++;
        return Result.Success();
    }

    /// <summary>Marks the reminder for a task due soon as sent; once per task.</summary>
    public bool Remind(DateTime nowUtc, TimeSpan within)
    {
        if (!IsOpen || RemindedAtUtc is not null || DueAtUtc > nowUtc + within) return false;
        RemindedAtUtc = nowUtc;
        return true;
    }
}
