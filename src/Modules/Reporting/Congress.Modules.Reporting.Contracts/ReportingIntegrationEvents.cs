using Congress.Shared.Contracts;

namespace Congress.Modules.Reporting.Contracts;

/// <summary>An organisation's congress progress report changed (entered, or filled from the platform).</summary>
/// <param name="Stage">0 none, 1 documents drafted, 2 personnel plan approved, 3 preparatory session, 4 congress held, 5 results approved.</param>
public sealed record ProgressReportUpdatedIntegrationEvent(Guid OrganisationId, int Stage, bool Reported, int Version) : IntegrationEvent;

/// <summary>A level approved its report (everything below it reported); the data below it is locked until a reopen.</summary>
public sealed record LevelReportApprovedIntegrationEvent(Guid OrganisationId) : IntegrationEvent;
