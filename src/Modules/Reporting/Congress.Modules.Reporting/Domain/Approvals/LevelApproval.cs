namespace Congress.Modules.Reporting.Domain.Approvals;

/// <summary>
/// A level's approval of its report. While approved, the reports of the organisation and everything below it are
/// locked; the level above reopens it (audited, with a reason) for a correction.
/// </summary>
internal sealed class LevelApproval
{
    private LevelApproval() { }

    public Guid OrganisationId { get; private set; }
    public bool Approved { get; private set; }
    public DateTime? ApprovedAtUtc { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTime? ReopenedAtUtc { get; private set; }
    public string? ReopenedBy { get; private set; }
    public string? ReopenReason { get; private set; }
    public int Reopenings { get; private set; }

    public static LevelApproval For(Guid organisationId) => new() { OrganisationId = organisationId };

    public void Approve(DateTime nowUtc, string by)
    {
        Approved = true;
        ApprovedAtUtc = nowUtc;
        ApprovedBy = by;
    }

    public void Reopen(DateTime nowUtc, string by, string reason)
    {
        Approved = false;
        ReopenedAtUtc = nowUtc;
        ReopenedBy = by;
        ReopenReason = reason;
        Reopenings++;
    }
}
