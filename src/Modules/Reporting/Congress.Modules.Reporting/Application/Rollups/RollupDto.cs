using Congress.Modules.Reporting.Domain.Approvals;
using Congress.Modules.Reporting.Domain.Rollups;
using Congress.Modules.Reporting.Domain.Tree;

namespace Congress.Modules.Reporting.Application.Rollups;

/// <summary>
/// Everything below one organisation (its own report not counted): expected congresses, how many reached each stage
/// (cumulative), reported / on time / late / missing, attendance and election sums, and the level's approval.
/// </summary>
internal sealed record RollupDto(
    Guid OrganisationId, string Code, string Name, string Level, Guid? ParentId, DateOnly DueOn,
    int Expected, int Started, int DocumentsDrafted, int PersonnelPlanApproved, int PreparatorySession, int CongressHeld, int ResultsApproved,
    int Reported, int OnTime, int Late, int Missing,
    long DelegatesSummoned, long DelegatesPresent, double? AttendanceRate,
    long CommitteeSeats, long CommitteeElected, long HigherDelegatesElected,
    bool Approved, DateTime? ApprovedAtUtc, string? ApprovedBy, DateTime? ReopenedAtUtc, string? ReopenedBy, string? ReopenReason)
{
    public static RollupDto From(ReportingOrganisation o, Rollup r, LevelApproval? a) => new(
        o.Id, o.Code, o.Name, o.Level, o.ParentId, o.DueOn,
        r.Expected, r.Started, r.DocumentsDrafted, r.PersonnelPlanApproved, r.PreparatorySession, r.CongressHeld, r.ResultsApproved,
        r.Reported, r.OnTime, r.Late, r.Expected - r.Reported,
        r.DelegatesSummoned, r.DelegatesPresent, r.DelegatesSummoned == 0 ? null : Math.Round((double)r.DelegatesPresent / r.DelegatesSummoned, 4),
        r.CommitteeSeats, r.CommitteeElected, r.HigherDelegatesElected,
        a?.Approved ?? false, a?.ApprovedAtUtc, a?.ApprovedBy, a?.ReopenedAtUtc, a?.ReopenedBy, a?.ReopenReason);
}
