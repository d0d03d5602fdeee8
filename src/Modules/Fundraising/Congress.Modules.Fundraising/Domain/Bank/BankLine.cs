using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Domain.Bank;

internal readonly record struct BankLineId(Guid Value) : ITypedId
{
    public static BankLineId New() => new(Guid.NewGuid());
}

internal enum BankLineStatus
{
    /// <summary>Matched on import: the reference named a pledge and the amount was what it still owed.</summary>
    Matched = 1,
    /// <summary>Waiting for a person to say what it is.</summary>
    Unmatched = 2,
    /// <summary>A person resolved it (to a pledge, or as a gift without pledge).</summary>
    Resolved = 3,
}

/// <summary>A credit line of the campaign account's bank statement, imported once (by the bank's transaction id).</summary>
internal sealed class BankLine : Entity<BankLineId>
{
    private BankLine() { }

    public CampaignId CampaignId { get; private set; }
    public Guid CongressId { get; private set; }
    public Guid StatementId { get; private set; }
    public int LineNumber { get; private set; }
    public DateOnly BookedOn { get; private set; }
    public long AmountVnd { get; private set; }
    public string Description { get; private set; } = "";
    public string TransactionId { get; private set; } = "";
    public string? Reference { get; private set; }
    public BankLineStatus Status { get; private set; }
    public Guid? ReceiptId { get; private set; }

    public static BankLine Imported(Campaign campaign, Guid statementId, int lineNumber, DateOnly bookedOn, long amountVnd, string description, string transactionId, string? reference) =>
        new()
        {
            Id = BankLineId.New(), CampaignId = campaign.Id, CongressId = campaign.CongressId, StatementId = statementId, LineNumber = lineNumber, BookedOn = bookedOn,
            AmountVnd = amountVnd, Description = description, TransactionId = transactionId, Reference = reference, Status = BankLineStatus.Unmatched,
        };

    public void MatchedBy(Guid receiptId) { Status = BankLineStatus.Matched; ReceiptId = receiptId; }

    public Result ResolvedBy(Guid receiptId)
    {
        if (Status != BankLineStatus.Unmatched) return Error.Conflict("fundraising.bank_line.resolved", "Dòng sao kê này đã được xử lý.");
        Status = BankLineStatus.Resolved;
        ReceiptId = receiptId;
        return Result.Success();
    }
}
