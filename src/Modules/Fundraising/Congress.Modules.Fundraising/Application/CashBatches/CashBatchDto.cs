namespace Congress.Modules.Fundraising.Application.CashBatches;

internal sealed record CashBatchDto(Guid Id, Guid CampaignId, string Label, int ExpectedCount, long ExpectedTotalVnd, int Count, long TotalVnd, bool IsClosed,
    DateTime OpenedAtUtc, DateTime? ClosedAtUtc);
