using Congress.Modules.Reporting.Domain.Progress;

namespace Congress.Modules.Reporting.Domain.Rollups;

/// <summary>
/// What one report adds to the roll-up of every organisation above it. The roll-ups are kept current by adding the
/// difference between a report's contribution after and before each change, in the change's own transaction.
/// Stage counts are cumulative: a congress held counts in every earlier stage too.
/// </summary>
internal readonly record struct RollupContribution(
    int Started, int DocumentsDrafted, int PersonnelPlanApproved, int PreparatorySession, int CongressHeld, int ResultsApproved,
    int Reported, int OnTime, int Late, long DelegatesSummoned, long DelegatesPresent, long CommitteeSeats, long CommitteeElected, long HigherDelegatesElected,
    CommitteeStructure Structure = default)
{
    public static RollupContribution Of(ProgressReport? report)
    {
        if (report is null || report.Version == 0) return default;
        var stage = (int)report.Stage;
        var attendance = report.DelegatesSummoned is not null && report.DelegatesPresent is not null;
        return new(
            1, stage >= 1 ? 1 : 0, stage >= 2 ? 1 : 0, stage >= 3 ? 1 : 0, stage >= 4 ? 1 : 0, stage >= 5 ? 1 : 0,
            report.IsReported ? 1 : 0, report.IsReported && report.ReportedOnTime ? 1 : 0, report.IsReported && !report.ReportedOnTime ? 1 : 0,
            attendance ? report.DelegatesSummoned!.Value : 0, attendance ? report.DelegatesPresent!.Value : 0,
            report.CommitteeSeats ?? 0, report.CommitteeElected ?? 0, report.HigherDelegatesElected ?? 0,
            CommitteeStructure.Of(report.CongressHeldOn, report.Elected));
    }

    public static RollupContribution operator -(RollupContribution a, RollupContribution b) => new(
        a.Started - b.Started, a.DocumentsDrafted - b.DocumentsDrafted, a.PersonnelPlanApproved - b.PersonnelPlanApproved,
        a.PreparatorySession - b.PreparatorySession, a.CongressHeld - b.CongressHeld, a.ResultsApproved - b.ResultsApproved,
        a.Reported - b.Reported, a.OnTime - b.OnTime, a.Late - b.Late, a.DelegatesSummoned - b.DelegatesSummoned,
        a.DelegatesPresent - b.DelegatesPresent, a.CommitteeSeats - b.CommitteeSeats, a.CommitteeElected - b.CommitteeElected,
        a.HigherDelegatesElected - b.HigherDelegatesElected, a.Structure - b.Structure);

    public static RollupContribution operator +(RollupContribution a, RollupContribution b) => a - (default(RollupContribution) - b);

    public bool IsZero => this == default;
}

/// <summary>
/// The roll-up of everything below one organisation (its own report not included): how many congresses are expected,
/// how far they have got, how many are reported on time or late, and the attendance and election sums. One row per
/// organisation, so any level's dashboard reads one row.
/// </summary>
internal sealed class Rollup
{
    private Rollup() { }

    public Guid OrganisationId { get; private set; }
    public int Expected { get; private set; }
    public int Started { get; private set; }
    public int DocumentsDrafted { get; private set; }
    public int PersonnelPlanApproved { get; private set; }
    public int PreparatorySession { get; private set; }
    public int CongressHeld { get; private set; }
    public int ResultsApproved { get; private set; }
    public int Reported { get; private set; }
    public int OnTime { get; private set; }
    public int Late { get; private set; }
    public long DelegatesSummoned { get; private set; }
    public long DelegatesPresent { get; private set; }
    public long CommitteeSeats { get; private set; }
    public long CommitteeElected { get; private set; }
    public long HigherDelegatesElected { get; private set; }

    // The elected committees' structure (CommitteeStructure), counted in members.
    public int CommitteeAgeUnder35 { get; private set; }
    public int CommitteeAge35To50 { get; private set; }
    public int CommitteeAge51To60 { get; private set; }
    public int CommitteeAgeOver60 { get; private set; }
    public int CommitteeWomen { get; private set; }
    public int CommitteeMen { get; private set; }
    public int CommitteeKinh { get; private set; }
    public int CommitteeEthnicMinority { get; private set; }
    public int CommitteePostGraduate { get; private set; }
    public int CommitteeUniversity { get; private set; }
    public int CommitteeBelowUniversity { get; private set; }
    public int CommitteeTheoryAdvanced { get; private set; }
    public int CommitteeTheoryIntermediate { get; private set; }
    public int CommitteeTheoryBasic { get; private set; }

    public CommitteeStructure Structure => new(CommitteeAgeUnder35, CommitteeAge35To50, CommitteeAge51To60, CommitteeAgeOver60,
        CommitteeWomen, CommitteeMen, CommitteeKinh, CommitteeEthnicMinority, CommitteePostGraduate, CommitteeUniversity, CommitteeBelowUniversity,
        CommitteeTheoryAdvanced, CommitteeTheoryIntermediate, CommitteeTheoryBasic);

    public int Missing => Expected - Reported;

    public static Rollup For(Guid organisationId, int expected) => new() { OrganisationId = organisationId, Expected = expected };

    /// <summary>For a bulk load (seeding): the sums of the reports below, computed once.</summary>
    public void Add(RollupContribution c)
    {
        Started += c.Started; DocumentsDrafted += c.DocumentsDrafted; PersonnelPlanApproved += c.PersonnelPlanApproved;
        PreparatorySession += c.PreparatorySession; CongressHeld += c.CongressHeld; ResultsApproved += c.ResultsApproved;
        Reported += c.Reported; OnTime += c.OnTime; Late += c.Late; DelegatesSummoned += c.DelegatesSummoned;
        DelegatesPresent += c.DelegatesPresent; CommitteeSeats += c.CommitteeSeats; CommitteeElected += c.CommitteeElected;
        HigherDelegatesElected += c.HigherDelegatesElected;
        var s = (Structure + c.Structure).ToArray();
        (CommitteeAgeUnder35, CommitteeAge35To50, CommitteeAge51To60, CommitteeAgeOver60) = (s[0], s[1], s[2], s[3]);
        (CommitteeWomen, CommitteeMen, CommitteeKinh, CommitteeEthnicMinority) = (s[4], s[5], s[6], s[7]);
        (CommitteePostGraduate, CommitteeUniversity, CommitteeBelowUniversity) = (s[8], s[9], s[10]);
        (CommitteeTheoryAdvanced, CommitteeTheoryIntermediate, CommitteeTheoryBasic) = (s[11], s[12], s[13]);
    }
}
