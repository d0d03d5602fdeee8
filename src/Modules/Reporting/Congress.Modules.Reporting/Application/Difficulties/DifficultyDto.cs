namespace Congress.Modules.Reporting.Application.Difficulties;

/// <summary>One entry of the thread: what was written, by whom, in which role and tier (Reporter, Province, Centre), when (UTC).</summary>
internal sealed record DifficultyEntryDto(int Sequence, string Kind, string Tier, string Text, string AuthorName, string AuthorRole,
    Guid? AuthorOrganisationId, string? AuthorOrganisationName, DateTime AtUtc);

/// <summary>
/// A difficulty with its thread. <see cref="Version"/> is what a change quotes (409 when stale). The May* flags say what the
/// caller may do with it now (their tier, its status and their role): the portal shows only those actions.
/// </summary>
internal sealed record DifficultyDto(
    Guid Id, Guid OrganisationId, string OrganisationCode, string OrganisationName, Guid? ProvinceId, string? ProvinceName,
    string Category, string Title, string Description, string Status, bool Escalated, string ReporterName,
    DateTime ReportedAtUtc, DateTime UpdatedAtUtc, int Version, IReadOnlyList<DifficultyEntryDto> Entries,
    bool MayAnswer, bool MayEscalate, bool MayClose, bool MayFollowUp);

/// <summary>A line of a list: <see cref="AwaitsMe"/> when the difficulty waits for the caller's tier to answer.</summary>
internal sealed record DifficultySummaryDto(
    Guid Id, Guid OrganisationId, string OrganisationCode, string OrganisationName, string Category, string Title, string Status, bool Escalated,
    string ReporterName, DateTime ReportedAtUtc, DateTime UpdatedAtUtc, int Version, int Entries, bool AwaitsMe);
