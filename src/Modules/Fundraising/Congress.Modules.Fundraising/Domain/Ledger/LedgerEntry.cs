using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Domain.Ledger;

internal readonly record struct LedgerEntryId(Guid Value) : ITypedId
{
    public static LedgerEntryId New() => new(Guid.NewGuid());
}

/// <summary>One leg of an entry: a signed amount on one account (debit positive, credit negative).</summary>
internal sealed class LedgerPosting
{
    private LedgerPosting() { }

    public Guid Id { get; private set; }
    public LedgerEntryId EntryId { get; private set; }
    public Guid CampaignId { get; private set; }
    public LedgerAccount Account { get; private set; }
    public long AmountVnd { get; private set; }

    internal static LedgerPosting For(LedgerEntryId entryId, Guid campaignId, LedgerAccount account, long amountVnd) =>
        new() { Id = Guid.NewGuid(), EntryId = entryId, CampaignId = campaignId, Account = account, AmountVnd = amountVnd };
}

/// <summary>
/// A journal entry of a campaign's books. Balanced by construction (its legs sum to zero) and never changed or deleted
/// afterwards: a correction is a new entry that reverses it (<see cref="Reverse"/>), pointing back at it.
/// </summary>
internal sealed class LedgerEntry : Entity<LedgerEntryId>
{
    private readonly List<LedgerPosting> _postings = [];

    private LedgerEntry() { }

    public Guid CampaignId { get; private set; }
    public Guid CongressId { get; private set; }
    public DateTime AtUtc { get; private set; }
    /// <summary>What caused it: "pledge", "receipt", "disbursement", "reversal".</summary>
    public string Kind { get; private set; } = "";
    public Guid SourceId { get; private set; }
    public string Memo { get; private set; } = "";
    public Guid? ReversesEntryId { get; private set; }
    public IReadOnlyList<LedgerPosting> Postings => _postings;

    public static Result<LedgerEntry> Post(Guid congressId, Guid campaignId, string kind, Guid sourceId, string memo, DateTime nowUtc,
        params (LedgerAccount Account, long AmountVnd)[] legs)
    {
        if (legs.Length < 2) return new Error("fundraising.ledger.legs", "Một bút toán cần ít nhất hai vế.");
        if (legs.Any(l => l.AmountVnd == 0)) return new Error("fundraising.ledger.zero_leg", "Một vế bút toán không thể bằng 0.");
        if (legs.Sum(l => l.AmountVnd) != 0) return new Error("fundraising.ledger.unbalanced", "Bút toán không cân: tổng Nợ khác tổng Có.");
        var entry = new LedgerEntry
        {
            Id = LedgerEntryId.New(), CongressId = congressId, CampaignId = campaignId, Kind = kind, SourceId = sourceId, Memo = memo, AtUtc = nowUtc,
        };
        entry._postings.AddRange(legs.Select(l => LedgerPosting.For(entry.Id, campaignId, l.Account, l.AmountVnd)));
        return entry;
    }

    /// <summary>The entry that cancels this one: every leg negated, pointing back at it.</summary>
    public LedgerEntry Reverse(string memo, DateTime nowUtc)
    {
        var reversal = Post(CongressId, CampaignId, "reversal", SourceId, memo, nowUtc, _postings.Select(p => (p.Account, -p.AmountVnd)).ToArray()).Value;
        reversal.ReversesEntryId = Id.Value;
        return reversal;
    }
}
