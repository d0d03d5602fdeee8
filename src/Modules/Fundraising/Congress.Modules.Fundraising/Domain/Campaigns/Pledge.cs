using System.Security.Cryptography;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Domain.Campaigns;

internal readonly record struct PledgeId(Guid Value) : ITypedId
{
    public static PledgeId New() => new(Guid.NewGuid());
}

internal enum DonorKind
{
    Delegate = 1,
    Unit = 2,
    Person = 3,
}

/// <summary>
/// A promise to give: by a delegate from their tablet, or entered by the secretariat for a unit or a person. Carries a
/// short reference (<see cref="Reference"/>) that goes into the transfer's description so the bank line can be matched.
/// </summary>
internal sealed class Pledge : AggregateRoot<PledgeId>
{
    public const string ReferencePrefix = "UH";
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: read aloud and typed into banking apps

    private Pledge() { }

    public CampaignId CampaignId { get; private set; }
    public Guid CongressId { get; private set; }
    public string Reference { get; private set; } = "";
    public DonorKind DonorKind { get; private set; }
    public Guid? DelegateId { get; private set; }
    public string DonorName { get; private set; } = "";
    /// <summary>The delegation or organisation the gift counts for (its page and target), if any.</summary>
    public string? UnitName { get; private set; }
    public long AmountVnd { get; private set; }
    public long ReceivedVnd { get; private set; }
    /// <summary>The donor agreed that their name may appear on the public page.</summary>
    public bool NamePublic { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public long OutstandingVnd => Math.Max(0, AmountVnd - ReceivedVnd);

    public static Result<Pledge> Make(Campaign campaign, DonorKind kind, Guid? delegateId, string donorName, string? unitName, long amountVnd, bool namePublic, DateTime nowUtc)
    {
        var open = campaign.AcceptsPledges();
        if (open.IsFailure) return open.Error!;
        var amount = Money.Money.Create(amountVnd);
        if (amount.IsFailure) return amount.Error!;
        if (string.IsNullOrWhiteSpace(donorName)) return new Error("fundraising.pledge.donor", "Tên người hoặc đơn vị ủng hộ là bắt buộc.");
        return new Pledge
        {
            Id = PledgeId.New(), CampaignId = campaign.Id, CongressId = campaign.CongressId, Reference = NewReference(), DonorKind = kind, DelegateId = delegateId,
            DonorName = donorName.Trim(), UnitName = string.IsNullOrWhiteSpace(unitName) ? null : unitName.Trim(), AmountVnd = amountVnd, NamePublic = namePublic,
            CreatedAtUtc = nowUtc,
        };
    }

    /// <summary>Money received against the pledge; what exceeds it is an extra gift (the caller books it as such).</summary>
    /// <returns>The part that settles the pledge.</returns>
    public long Receive(long amountVnd)
    {
        var settles = Math.Min(amountVnd, OutstandingVnd);
        ReceivedVnd += amountVnd;
        return settles;
    }

    /// <summary>A receipt against the pledge was voided.</summary>
    public void Unreceive(long amountVnd) => ReceivedVnd -= amountVnd;

    /// <summary>"UH" + 8 characters: 40 bits, unguessable enough that a reference cannot be aimed at someone else's pledge.</summary>
    public static string NewReference() => ReferencePrefix + RandomNumberGenerator.GetString(Alphabet, 8);

    public static readonly System.Text.RegularExpressions.Regex ReferencePattern =
        new(@"UH[A-HJ-NP-Z2-9]{8}", System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
