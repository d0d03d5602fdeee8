using Congress.Shared.Contracts;

namespace Congress.Modules.Reporting.Contracts;

/// <summary>A level approved its report (everything below it reported); the data below it is locked until a reopen.</summary>
public sealed record LevelReportApprovedIntegrationEvent(Guid OrganisationId) : IntegrationEvent;
