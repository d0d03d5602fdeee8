namespace Congress.Modules.Fundraising.Application.Reconciliation;

internal sealed record FindingDto(Guid Id, Guid CampaignId, string Kind, Guid SubjectId, string Message, DateTime FoundAtUtc);
