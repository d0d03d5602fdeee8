using Congress.Modules.Fundraising.Domain.Campaigns;

namespace Congress.Modules.Fundraising.Application.Campaigns;

internal sealed record UnitTargetInput(string Name, long TargetVnd);

internal sealed record CampaignDto(Guid Id, Guid CongressId, string Name, string Purpose, long GoalVnd, DateOnly StartsOn, DateOnly EndsOn, string Organiser,
    string BankBin, string BankAccount, string BankAccountName, bool IsOpen, IReadOnlyList<UnitTargetInput> Units)
{
    public static CampaignDto From(Campaign c) => new(c.Id.Value, c.CongressId, c.Name, c.Purpose, c.GoalVnd, c.StartsOn, c.EndsOn, c.Organiser,
        c.BankBin, c.BankAccount, c.BankAccountName, c.IsOpen, c.Units.OrderBy(u => u.Name).Select(u => new UnitTargetInput(u.Name, u.TargetVnd)).ToList());
}

internal sealed record UnitProgressDto(string Name, long TargetVnd, long PledgedVnd, long ReceivedVnd, int Donors);

internal sealed record DisbursementDto(Guid Id, string Locality, string Purpose, long AmountVnd, string Source, DateTime PaidAtUtc);

/// <summary>The thermometer and the campaign's position: what was pledged and received against the goal, what went out, what is left.</summary>
internal sealed record CampaignSummaryDto(Guid Id, string Name, string Purpose, bool IsOpen, long GoalVnd, long PledgedVnd, long ReceivedVnd, long DisbursedVnd,
    long BalanceVnd, int PledgeCount, IReadOnlyList<UnitProgressDto> Units, IReadOnlyList<DisbursementDto> Disbursements);

/// <param name="Units">Totals per unit; units with fewer than <see cref="GetPublicCampaign.GetPublicCampaignQueryHandler.MinimumDonors"/> donors are folded into one line, so a lone donor's gift cannot be read off.</param>
/// <param name="Donors">Names of the donors who agreed to be named, without amounts, alphabetical.</param>
internal sealed record PublicCampaignDto(string Name, string Purpose, long GoalVnd, long PledgedVnd, long ReceivedVnd, long DisbursedVnd, long BalanceVnd,
    IReadOnlyList<UnitProgressDto> Units, IReadOnlyList<DisbursementDto> Disbursements, IReadOnlyList<string> Donors);
