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
    bool Approved, DateTime? ApprovedAtUtc, string? ApprovedBy, DateTime? ReopenedAtUtc, string? ReopenedBy, string? ReopenReason,
    CommitteeStructureDto Structure)
{
    public static RollupDto From(ReportingOrganisation o, Rollup r, LevelApproval? a) => new(
        o.Id, o.Code, o.Name, o.Level, o.ParentId, o.DueOn,
        r.Expected, r.Started, r.DocumentsDrafted, r.PersonnelPlanApproved, r.PreparatorySession, r.CongressHeld, r.ResultsApproved,
        r.Reported, r.OnTime, r.Late, r.Expected - r.Reported,
        r.DelegatesSummoned, r.DelegatesPresent, r.DelegatesSummoned == 0 ? null : Math.Round((double)r.DelegatesPresent / r.DelegatesSummoned, 4),
        r.CommitteeSeats, r.CommitteeElected, r.HigherDelegatesElected,
        a?.Approved ?? false, a?.ApprovedAtUtc, a?.ApprovedBy, a?.ReopenedAtUtc, a?.ReopenedBy, a?.ReopenReason,
        CommitteeStructureDto.From(r.CommitteeElected, r.Structure));
}

/// <summary>
/// The structure of the committees elected below (members of the committee bodies, <paramref name="Members"/> in all): each
/// category's counts and what was not stated (members without that attribute, or committees entered without a list).
/// The shares are of the members whose attribute is stated (null when none is).
/// </summary>
internal sealed record CommitteeStructureDto(
    long Members,
    int AgeUnder35, int Age35To50, int Age51To60, int AgeOver60, long AgeNotStated,
    int Women, int Men, long GenderNotStated, double? WomenShare,
    int Kinh, int EthnicMinority, long EthnicityNotStated, double? EthnicMinorityShare,
    int PostGraduate, int University, int BelowUniversity, long EducationNotStated,
    int TheoryAdvanced, int TheoryIntermediate, int TheoryBasic, long TheoryNotStated)
{
    public static CommitteeStructureDto From(long members, CommitteeStructure s)
    {
        static double? Share(int part, int stated) => stated == 0 ? null : Math.Round((double)part / stated, 4);
        long NotStated(params int[] stated) => Math.Max(0, members - stated.Sum());
        return new(members,
            s.AgeUnder35, s.Age35To50, s.Age51To60, s.AgeOver60, NotStated(s.AgeUnder35, s.Age35To50, s.Age51To60, s.AgeOver60),
            s.Women, s.Men, NotStated(s.Women, s.Men), Share(s.Women, s.Women + s.Men),
            s.Kinh, s.EthnicMinority, NotStated(s.Kinh, s.EthnicMinority), Share(s.EthnicMinority, s.Kinh + s.EthnicMinority),
            s.PostGraduate, s.University, s.BelowUniversity, NotStated(s.PostGraduate, s.University, s.BelowUniversity),
            s.TheoryAdvanced, s.TheoryIntermediate, s.TheoryBasic, NotStated(s.TheoryAdvanced, s.TheoryIntermediate, s.TheoryBasic));
    }
}
