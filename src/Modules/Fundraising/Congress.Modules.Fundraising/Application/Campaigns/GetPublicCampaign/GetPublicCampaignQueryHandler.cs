using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Campaigns.GetPublicCampaign;

internal sealed class GetPublicCampaignQueryHandler(FundraisingDbContext db) : IRequestHandler<GetPublicCampaignQuery, Result<PublicCampaignDto>>
{
    /// <summary>A unit's total is shown on its own only when at least this many gave to it: below, its total would be someone's gift.</summary>
    public const int MinimumDonors = 3;
    public const string OtherUnits = "Các đơn vị khác";

    public async Task<Result<PublicCampaignDto>> Handle(GetPublicCampaignQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Units).FirstOrDefaultAsync(c => c.Id == new CampaignId(query.CampaignId), cancellationToken);
        if (campaign is null) return CampaignErrors.NotFound;
        var figures = await CampaignFigures.ReadAsync(db, campaign, cancellationToken);

        var shown = figures.Units.Where(u => u.Donors >= MinimumDonors).ToList();
        var folded = figures.Units.Where(u => u.Donors is > 0 and < MinimumDonors).ToList();
        if (folded.Count > 0)
            shown.Add(new UnitProgressDto(OtherUnits, 0, folded.Sum(u => u.PledgedVnd), folded.Sum(u => u.ReceivedVnd), folded.Sum(u => u.Donors)));
        // Targets are public, the figures of a unit with few donors are not.
        shown = [.. shown.Select(u => u with { TargetVnd = campaign.Units.FirstOrDefault(t => t.Name == u.Name)?.TargetVnd ?? 0 })];

        var donors = await db.Pledges.AsNoTracking().Where(p => p.CampaignId == campaign.Id && p.NamePublic).Select(p => p.DonorName).Distinct().ToListAsync(cancellationToken);
        return new PublicCampaignDto(campaign.Name, campaign.Purpose, campaign.GoalVnd, figures.PledgedVnd, figures.ReceivedVnd, figures.DisbursedVnd,
            figures.BalanceVnd, shown, figures.Disbursements, donors.Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), true)).ToList());
    }
}
