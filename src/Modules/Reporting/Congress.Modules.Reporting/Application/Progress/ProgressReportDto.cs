using Congress.Modules.Reporting.Domain.Progress;

namespace Congress.Modules.Reporting.Application.Progress;

/// <summary>A person elected; the structure attributes in their canonical form (MemberProfile), null when not stated.</summary>
internal sealed record ElectedPersonDto(string Body, string FullName, int Votes, string? Role,
    int? BirthYear = null, string? Gender = null, string? Ethnicity = null, string? Education = null, string? PoliticalTheory = null)
{
    public ElectedEntry ToEntry() => new(Body, FullName, Votes, Role, BirthYear, Gender, Ethnicity, Education, PoliticalTheory);
}

/// <summary>
/// One organisation's report. The *Source fields say where a figure came from: "Platform" (measured at the congress
/// this platform ran) or "Entered" (typed in or imported); null when there is no figure. <see cref="CommitteeMembersSource"/>
/// says the same of the committee's member list and so of its structure (the elected delegates' profiles, or typed in).
/// </summary>
internal sealed record ProgressReportDto(
    Guid OrganisationId, string Code, string Name, string Level, DateOnly DueOn, int Version, Guid? CongressId,
    DateOnly? PlannedPreparatoryOn, DateOnly? PlannedCongressOn,
    DateOnly? DocumentsDraftedOn, DateOnly? PersonnelPlanApprovedOn, DateOnly? PreparatorySessionOn, DateOnly? CongressHeldOn, DateOnly? ResultsApprovedOn,
    string Stage, bool Reported, bool? OnTime, DateTime? ReportedAtUtc,
    int? DelegatesSummoned, string? DelegatesSummonedSource, int? DelegatesPresent, string? DelegatesPresentSource,
    int? CommitteeSeats, int? CommitteeElected, string? CommitteeElectedSource, string? SecretaryName, IReadOnlyList<string> DeputyNames,
    int? HigherDelegateSeats, int? HigherDelegatesElected, string? HigherDelegatesElectedSource,
    IReadOnlyList<ElectedPersonDto> Elected, bool Locked, DateTime? UpdatedAtUtc, string? UpdatedBy, string? CommitteeMembersSource = null)
{
    public static ProgressReportDto From(Domain.Tree.ReportingOrganisation o, ProgressReport? r, bool locked) => r is null || r.Version == 0
        ? new(o.Id, o.Code, o.Name, o.Level, o.DueOn, 0, null, null, null, null, null, null, null, null, "None", false, null, null,
            null, null, null, null, null, null, null, null, [], null, null, null, [], locked, null, null)
        : new(o.Id, o.Code, o.Name, o.Level, o.DueOn, r.Version, r.CongressId, r.PlannedPreparatoryOn, r.PlannedCongressOn,
            r.DocumentsDraftedOn, r.PersonnelPlanApprovedOn, r.PreparatorySessionOn, r.CongressHeldOn, r.ResultsApprovedOn,
            r.Stage.ToString(), r.IsReported, r.IsReported ? r.ReportedOnTime : null, r.ReportedAtUtc,
            r.DelegatesSummoned, r.DelegatesSummonedSource, r.DelegatesPresent, r.DelegatesPresentSource,
            r.CommitteeSeats, r.CommitteeElected, r.CommitteeElectedSource, r.SecretaryName, r.Deputies,
            r.HigherDelegateSeats, r.HigherDelegatesElected, r.HigherDelegatesElectedSource,
            r.Elected.OrderBy(p => p.Order).Select(p => new ElectedPersonDto(p.Body, p.FullName, p.Votes, p.Role,
                p.BirthYear, p.Gender, p.Ethnicity, p.Education, p.PoliticalTheory)).ToList(), locked, r.UpdatedAtUtc, r.UpdatedBy,
            r.CommitteeMembersSource);
}
