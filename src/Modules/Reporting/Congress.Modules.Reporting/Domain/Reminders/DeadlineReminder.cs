namespace Congress.Modules.Reporting.Domain.Reminders;

/// <summary>An organisation whose congress is near or past its due date and not yet reported, listed for its parent.</summary>
internal sealed class DeadlineReminder
{
    private DeadlineReminder() { }

    public Guid Id { get; private set; }
    public Guid ParentOrganisationId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DateOnly DueOn { get; private set; }

    /// <summary>"Near" (due within the configured days) or "Overdue".</summary>
    public string Kind { get; private set; } = "";
    public DateTime ListedAtUtc { get; private set; }

    public static DeadlineReminder For(Guid parentId, Guid organisationId, string code, string name, DateOnly dueOn, string kind, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(), ParentOrganisationId = parentId, OrganisationId = organisationId, Code = code, Name = name, DueOn = dueOn, Kind = kind, ListedAtUtc = nowUtc,
    };
}
