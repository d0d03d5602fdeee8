using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Domain.Batches;

internal readonly record struct CashBatchId(Guid Value) : ITypedId
{
    public static CashBatchId New() => new(Guid.NewGuid());
}

/// <summary>
/// Một lô tiền mặt: the cash collected at one table or in one envelope. Its counter declares up front how many receipts
/// and how much money it holds; it closes only when the receipts written into it match both.
/// </summary>
internal sealed class CashBatch : AggregateRoot<CashBatchId>
{
    private CashBatch() { }

    public CampaignId CampaignId { get; private set; }
    public Guid CongressId { get; private set; }
    public string Label { get; private set; } = "";
    public int ExpectedCount { get; private set; }
    public long ExpectedTotalVnd { get; private set; }
    public bool IsClosed { get; private set; }
    public DateTime OpenedAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }

    public static Result<CashBatch> Open(Campaign campaign, string label, int expectedCount, long expectedTotalVnd, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(label)) return new Error("fundraising.batch.label", "Tên lô tiền mặt là bắt buộc.");
        if (expectedCount <= 0) return new Error("fundraising.batch.count", "Số biên lai dự kiến phải lớn hơn 0.");
        var total = Money.Money.Create(expectedTotalVnd);
        if (total.IsFailure) return total.Error!;
        return new CashBatch
        {
            Id = CashBatchId.New(), CampaignId = campaign.Id, CongressId = campaign.CongressId, Label = label.Trim(), ExpectedCount = expectedCount,
            ExpectedTotalVnd = expectedTotalVnd, OpenedAtUtc = nowUtc,
        };
    }

    /// <summary>Closes when the receipts counted into it are exactly what was declared; otherwise says by how much they differ.</summary>
    public Result Close(int actualCount, long actualTotalVnd, DateTime nowUtc)
    {
        if (IsClosed) return Error.Conflict("fundraising.batch.closed", "Lô tiền mặt đã được khóa.");
        if (actualCount != ExpectedCount || actualTotalVnd != ExpectedTotalVnd)
            return Error.Conflict("fundraising.batch.mismatch",
                $"Lô chưa khớp: {actualCount}/{ExpectedCount} biên lai (chênh {actualCount - ExpectedCount:+#;-#;0}), " +
                $"{Money.Money.Format(actualTotalVnd)}/{Money.Money.Format(ExpectedTotalVnd)} (chênh {(actualTotalVnd - ExpectedTotalVnd).ToString("+#,0;-#,0;0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} ₫).");
        IsClosed = true;
        ClosedAtUtc = nowUtc;
        return Result.Success();
    }
}
