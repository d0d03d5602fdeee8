using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Domain.Progress;

internal readonly record struct ProgressReportId(Guid Value) : ITypedId;

internal sealed record ProgressReportChangedDomainEvent(Guid OrganisationId) : IDomainEvent;

/// <summary>A person elected at the congress: to its committee, or as a delegate to the congress above.</summary>
internal sealed class ElectedPerson
{
    private ElectedPerson() { }

    public Guid Id { get; private set; }
    public ProgressReportId ReportId { get; private set; }
    public int Order { get; private set; }
    public string Body { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public int Votes { get; private set; }
    public string? Role { get; private set; }

    /// <summary>The structure attributes (MemberProfile): null when not stated; the text ones in their canonical form.</summary>
    public int? BirthYear { get; private set; }
    public string? Gender { get; private set; }
    public string? Ethnicity { get; private set; }
    public string? Education { get; private set; }
    public string? PoliticalTheory { get; private set; }

    public static ElectedPerson From(ProgressReportId reportId, int order, ElectedEntry entry) => new()
    {
        Id = Guid.NewGuid(), ReportId = reportId, Order = order, Body = entry.Body, FullName = entry.FullName.Trim(), Votes = entry.Votes, Role = entry.Role,
        BirthYear = entry.BirthYear, Gender = MemberProfile.Gender(entry.Gender), Ethnicity = MemberProfile.Ethnicity(entry.Ethnicity),
        Education = MemberProfile.Education(entry.Education), PoliticalTheory = MemberProfile.Theory(entry.PoliticalTheory),
    };

    public ElectedEntry AsEntry() => new(Body, FullName, Votes, Role, BirthYear, Gender, Ethnicity, Education, PoliticalTheory);
}

/// <summary>
/// The progress and results of one organisation's congress (one report per organisation for the term). Its id is the
/// organisation's. <see cref="Version"/> is the optimistic-concurrency token a writer must quote: a stale writer is
/// told (409) instead of overwriting what it never saw. Figures that can come from the platform remember where they came from.
/// </summary>
internal sealed class ProgressReport : AggregateRoot<ProgressReportId>
{
    private readonly List<ElectedPerson> _elected = [];

    private ProgressReport() { }

    public Guid OrganisationId { get; private set; }
    public Guid? CongressId { get; private set; }
    public int Version { get; private set; }

    public DateOnly? PlannedPreparatoryOn { get; private set; }
    public DateOnly? PlannedCongressOn { get; private set; }
    public DateOnly? DocumentsDraftedOn { get; private set; }
    public DateOnly? PersonnelPlanApprovedOn { get; private set; }
    public DateOnly? PreparatorySessionOn { get; private set; }
    public DateOnly? CongressHeldOn { get; private set; }
    public DateOnly? ResultsApprovedOn { get; private set; }
    public Stage Stage { get; private set; }

    public int? DelegatesSummoned { get; private set; }
    public string? DelegatesSummonedSource { get; private set; }
    public int? DelegatesPresent { get; private set; }
    public string? DelegatesPresentSource { get; private set; }
    public int? CommitteeSeats { get; private set; }
    public int? CommitteeElected { get; private set; }
    public string? CommitteeElectedSource { get; private set; }
    public string? SecretaryName { get; private set; }
    public string DeputyNames { get; private set; } = "";
    public int? HigherDelegateSeats { get; private set; }
    public int? HigherDelegatesElected { get; private set; }
    public string? HigherDelegatesElectedSource { get; private set; }
    public IReadOnlyList<ElectedPerson> Elected => _elected;

    /// <summary>Where the committee's member list (and so its structure) came from: "Platform" (the elected delegates'
    /// profiles, read from Delegates when Voting published the election) or "Entered"; null when there is no list.</summary>
    public string? CommitteeMembersSource { get; private set; }

    /// <summary>When the congress was first reported held (stage ≥ CongressHeld); null while it is not.</summary>
    public DateTime? ReportedAtUtc { get; private set; }
    public bool ReportedOnTime { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>The change feed's position of this report's last change: strictly increasing in commit order (see ChangeFeed).</summary>
    public long ChangeSequence { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public bool IsReported => ReportedAtUtc is not null;

    public static ProgressReport Start(Guid organisationId) =>
        new() { Id = new ProgressReportId(organisationId), OrganisationId = organisationId, Version = 0 };

    public void Sequence(long changeSequence) => ChangeSequence = changeSequence;

    public IReadOnlyList<string> Deputies => DeputyNames.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The report as it stands, as an entry (what the rules check).</summary>
    public ProgressEntry AsEntry() => new(PlannedPreparatoryOn, PlannedCongressOn, DocumentsDraftedOn, PersonnelPlanApprovedOn, PreparatorySessionOn,
        CongressHeldOn, ResultsApprovedOn, DelegatesSummoned, DelegatesPresent, CommitteeSeats, CommitteeElected, SecretaryName, Deputies,
        HigherDelegateSeats, HigherDelegatesElected, _elected.OrderBy(p => p.Order).Select(p => p.AsEntry()).ToList());

    /// <summary>
    /// The officials' entry replaces what was entered. A figure the platform filled stays the platform's when the entry
    /// leaves it empty or repeats it; a different value typed over it becomes "entered".
    /// </summary>
    public Result Enter(ProgressEntry entry, DateTime nowUtc, DateOnly dueOn, string by)
    {
        var merged = entry with
        {
            DelegatesSummoned = Keep(entry.DelegatesSummoned, DelegatesSummoned, DelegatesSummonedSource, out var summonedSource),
            DelegatesPresent = Keep(entry.DelegatesPresent, DelegatesPresent, DelegatesPresentSource, out var presentSource),
            CommitteeElected = Keep(entry.CommitteeElected, CommitteeElected, CommitteeElectedSource, out var committeeSource),
            HigherDelegatesElected = Keep(entry.HigherDelegatesElected, HigherDelegatesElected, HigherDelegatesElectedSource, out var higherSource),
        };
        merged = merged with { Elected = [.. KeepCommittee(entry.Elected, merged.CommitteeElected, out var membersSource), .. entry.Elected.Where(p => p.Body != ElectedBodies.Committee)] };
        if (ProgressRules.Check(merged) is { } broken) return broken;

        PlannedPreparatoryOn = merged.PlannedPreparatoryOn;
        PlannedCongressOn = merged.PlannedCongressOn;
        DocumentsDraftedOn = merged.DocumentsDraftedOn;
        PersonnelPlanApprovedOn = merged.PersonnelPlanApprovedOn;
        PreparatorySessionOn = merged.PreparatorySessionOn;
        CongressHeldOn = merged.CongressHeldOn;
        ResultsApprovedOn = merged.ResultsApprovedOn;
        (DelegatesSummoned, DelegatesSummonedSource) = (merged.DelegatesSummoned, summonedSource);
        (DelegatesPresent, DelegatesPresentSource) = (merged.DelegatesPresent, presentSource);
        CommitteeSeats = merged.CommitteeSeats;
        (CommitteeElected, CommitteeElectedSource) = (merged.CommitteeElected, committeeSource);
        SecretaryName = string.IsNullOrWhiteSpace(merged.SecretaryName) ? null : merged.SecretaryName.Trim();
        DeputyNames = string.Join('\n', merged.DeputyNames.Select(n => n.Trim()).Where(n => n.Length > 0));
        HigherDelegateSeats = merged.HigherDelegateSeats;
        (HigherDelegatesElected, HigherDelegatesElectedSource) = (merged.HigherDelegatesElected, higherSource);
        _elected.Clear();
        _elected.AddRange(merged.Elected.Select((p, i) => ElectedPerson.From(Id, i, p)));
        CommitteeMembersSource = membersSource;
        Touch(nowUtc, dueOn, by);
        return Result.Success();
    }

    /// <summary>
    /// Figures the platform measured at the congress it ran (null: not measured, left as it is). <paramref name="committeeMembers"/>,
    /// when given, is the whole committee elected (its size is <paramref name="committeeElected"/>), each member with what their
    /// delegate profile states: it replaces the committee's list, and the list is then the platform's.
    /// </summary>
    public Result FillFromPlatform(Guid congressId, int? summoned, int? present, int? committeeElected, int? higherDelegatesElected, DateOnly? heldOn,
        DateTime nowUtc, DateOnly dueOn, IReadOnlyList<ElectedEntry>? committeeMembers = null)
    {
        var current = AsEntry();
        var entry = current with
        {
            DelegatesSummoned = summoned ?? DelegatesSummoned,
            DelegatesPresent = present ?? DelegatesPresent,
            CommitteeElected = committeeElected ?? CommitteeElected,
            HigherDelegatesElected = higherDelegatesElected ?? HigherDelegatesElected,
            Elected = committeeMembers is null
                ? current.Elected
                : [.. committeeMembers.Select(m => m with { Body = ElectedBodies.Committee }), .. current.Elected.Where(p => p.Body != ElectedBodies.Committee)],
        };
        // The roll call dates the congress only after the preparatory session the officials entered (its own check-ins are earlier).
        if (heldOn is { } held && entry.CongressHeldOn is null && entry.PreparatorySessionOn is { } preparatory && held > preparatory)
            entry = entry with { CongressHeldOn = held };
        if (ProgressRules.Check(entry) is { } broken) return broken;

        CongressId = congressId;
        if (summoned is not null) (DelegatesSummoned, DelegatesSummonedSource) = (summoned, FigureSource.Platform);
        if (present is not null) (DelegatesPresent, DelegatesPresentSource) = (present, FigureSource.Platform);
        if (committeeElected is not null) (CommitteeElected, CommitteeElectedSource) = (committeeElected, FigureSource.Platform);
        if (higherDelegatesElected is not null) (HigherDelegatesElected, HigherDelegatesElectedSource) = (higherDelegatesElected, FigureSource.Platform);
        if (committeeMembers is not null)
        {
            _elected.Clear();
            _elected.AddRange(entry.Elected.Select((p, i) => ElectedPerson.From(Id, i, p)));
            CommitteeMembersSource = FigureSource.Platform;
        }
        CongressHeldOn = entry.CongressHeldOn;
        Touch(nowUtc, dueOn, "platform");
        return Result.Success();
    }

    /// <summary>The date in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).</summary>
    public static DateOnly VietnamDate(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(7));

    /// <summary>
    /// The committee list an entry leaves: the platform's stays the platform's when the entry repeats it or gives none while
    /// the committee's size still matches it; a list typed over it, or a size changed without one, is the officials' ("Entered").
    /// </summary>
    private IReadOnlyList<ElectedEntry> KeepCommittee(IReadOnlyList<ElectedEntry> entered, int? committeeElected, out string? source)
    {
        var given = entered.Where(p => p.Body == ElectedBodies.Committee).ToList();
        if (CommitteeMembersSource == FigureSource.Platform)
        {
            var platform = _elected.Where(p => p.Body == ElectedBodies.Committee).OrderBy(p => p.Order).Select(p => p.AsEntry()).ToList();
            var canonical = given.Select(p => ElectedPerson.From(Id, 0, p).AsEntry()).ToList();
            if (given.Count == 0 ? committeeElected == platform.Count : canonical.SequenceEqual(platform))
            {
                source = FigureSource.Platform;
                return platform;
            }
        }
        source = given.Count > 0 ? FigureSource.Entered : null;
        return given;
    }

    private static int? Keep(int? entered, int? current, string? currentSource, out string? source)
    {
        if (currentSource == FigureSource.Platform && (entered is null || entered == current))
        {
            source = FigureSource.Platform;
            return current;
        }
        source = entered is null ? null : FigureSource.Entered;
        return entered;
    }

    private void Touch(DateTime nowUtc, DateOnly dueOn, string by)
    {
        var dates = AsEntry().StageDates;
        Stage = (Stage)(Array.FindLastIndex(dates, d => d is not null) + 1);
        if (Stage >= Stage.CongressHeld && ReportedAtUtc is null)
        {
            ReportedAtUtc = nowUtc;
            ReportedOnTime = VietnamDate(nowUtc) <= dueOn;
        }
        else if (Stage < Stage.CongressHeld)
        {
            ReportedAtUtc = null;
            ReportedOnTime = false;
        }
        Version++;
        UpdatedAtUtc = nowUtc;
        UpdatedBy = by;
        Raise(new ProgressReportChangedDomainEvent(OrganisationId));
    }
}
