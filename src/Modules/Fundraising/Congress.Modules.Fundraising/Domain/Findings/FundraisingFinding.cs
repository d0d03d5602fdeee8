namespace Congress.Modules.Fundraising.Domain.Findings;

/// <summary>What reconciliation found for a person to look at; replaced by each run for its campaign.</summary>
internal sealed class FundraisingFinding
{
    private FundraisingFinding() { }

    public Guid Id { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid CongressId { get; private set; }
    /// <summary>"PledgeWithoutReceipt", "ReceiptWithoutPledge", "UnmatchedBankLine", "OpenCashBatch".</summary>
    public string Kind { get; private set; } = "";
    public Guid SubjectId { get; private set; }
    public string Message { get; private set; } = "";
    public DateTime FoundAtUtc { get; private set; }

    public static FundraisingFinding Of(Guid campaignId, Guid congressId, string kind, Guid subjectId, string message, DateTime nowUtc) =>
        new() { Id = Guid.NewGuid(), CampaignId = campaignId, CongressId = congressId, Kind = kind, SubjectId = subjectId, Message = message, FoundAtUtc = nowUtc };
}
