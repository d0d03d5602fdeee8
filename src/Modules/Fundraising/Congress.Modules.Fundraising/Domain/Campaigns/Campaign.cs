using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Domain.Campaigns;

internal readonly record struct CampaignId(Guid Value) : ITypedId
{
    public static CampaignId New() => new(Guid.NewGuid());
}

internal enum CampaignStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>A unit that gives within a campaign (a delegation, a party organisation) with its own target.</summary>
internal sealed class CampaignUnit
{
    private CampaignUnit() { }

    public Guid Id { get; private set; }
    public CampaignId CampaignId { get; private set; }
    public string Name { get; private set; } = "";
    public long TargetVnd { get; private set; }

    internal static CampaignUnit For(CampaignId campaignId, string name, long targetVnd) =>
        new() { Id = Guid.NewGuid(), CampaignId = campaignId, Name = name.Trim(), TargetVnd = targetVnd };
}

/// <summary>
/// Một đợt vận động ủng hộ: a purpose, a goal, a period and an organiser, the bank account transfers go to, and per-unit
/// targets. Pledges are taken while it is open; money for pledges already made is still received after it closes.
/// </summary>
internal sealed class Campaign : AggregateRoot<CampaignId>
{
    public const int MaxNameLength = 300;
    private readonly List<CampaignUnit> _units = [];

    private Campaign() { }

    public Guid CongressId { get; private set; }
    public string Name { get; private set; } = "";
    public string Purpose { get; private set; } = "";
    public long GoalVnd { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public string Organiser { get; private set; } = "";
    /// <summary>The NAPAS BIN of the receiving bank (6 digits), for the VietQR code.</summary>
    public string BankBin { get; private set; } = "";
    public string BankAccount { get; private set; } = "";
    public string BankAccountName { get; private set; } = "";
    public CampaignStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    public IReadOnlyList<CampaignUnit> Units => _units;

    public bool IsOpen => Status == CampaignStatus.Open;

    public static Result<Campaign> Launch(Guid congressId, string name, string purpose, long goalVnd, DateOnly startsOn, DateOnly endsOn,
        string organiser, string bankBin, string bankAccount, string bankAccountName, IEnumerable<(string Name, long TargetVnd)> units, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(name)) return new Error("fundraising.campaign.name", "Tên đợt vận động là bắt buộc.");
        var goal = Money.Money.Create(goalVnd);
        if (goal.IsFailure) return goal.Error!;
        if (endsOn < startsOn) return new Error("fundraising.campaign.period", "Ngày kết thúc phải sau ngày bắt đầu.");
        var campaign = new Campaign
        {
            Id = CampaignId.New(), CongressId = congressId, Name = name.Trim(), Purpose = purpose.Trim(), GoalVnd = goalVnd, StartsOn = startsOn, EndsOn = endsOn,
            Organiser = organiser.Trim(), BankBin = bankBin.Trim(), BankAccount = bankAccount.Trim(), BankAccountName = bankAccountName.Trim(),
            Status = CampaignStatus.Open, CreatedAtUtc = nowUtc,
        };
        foreach (var (unitName, target) in units)
        {
            if (string.IsNullOrWhiteSpace(unitName)) return new Error("fundraising.unit.name", "Tên đơn vị là bắt buộc.");
            if (Money.Money.Create(target).IsFailure) return new Error("fundraising.unit.target", $"Chỉ tiêu của đơn vị {unitName} phải lớn hơn 0 và không quá 1.000 tỷ đồng.");
            if (campaign._units.Any(u => string.Equals(u.Name, unitName.Trim(), StringComparison.OrdinalIgnoreCase)))
                return new Error("fundraising.unit.duplicate", $"Đơn vị {unitName} được nêu hai lần.");
            campaign._units.Add(CampaignUnit.For(campaign.Id, unitName, target));
        }
        return campaign;
    }

    public Result Close(DateTime nowUtc)
    {
        if (!IsOpen) return Error.Conflict("fundraising.campaign.closed", "Đợt vận động đã kết thúc.");
        Status = CampaignStatus.Closed;
        ClosedAtUtc = nowUtc;
        return Result.Success();
    }

    public static readonly Error PledgesClosed = Error.Conflict("fundraising.campaign.closed", "Đợt vận động đã kết thúc: không nhận thêm cam kết ủng hộ.");

    /// <summary>Whether a new pledge may be taken now.</summary>
    public Result AcceptsPledges() => IsOpen ? Result.Success() : PledgesClosed;
}
