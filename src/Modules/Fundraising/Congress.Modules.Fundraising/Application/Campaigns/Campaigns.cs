using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Campaigns;

internal static class CampaignErrors
{
    public static readonly Error NotFound = Error.NotFound("fundraising.campaign.not_found", "Không tìm thấy đợt vận động.");
    public static readonly Error PledgeNotFound = Error.NotFound("fundraising.pledge.not_found", "Không tìm thấy cam kết ủng hộ.");
    public static readonly Error ReceiptNotFound = Error.NotFound("fundraising.receipt.not_found", "Không tìm thấy biên lai.");
}

internal static class CampaignLookup
{
    /// <summary>The campaign, if it belongs to the congress the request was authorised for; otherwise "not found".</summary>
    public static async Task<Result<Campaign>> FindAsync(this FundraisingDbContext db, Guid congressId, Guid campaignId, CancellationToken cancellationToken) =>
        await db.Campaigns.Include(c => c.Units).FirstOrDefaultAsync(c => c.Id == new CampaignId(campaignId) && c.CongressId == congressId, cancellationToken)
            is { } campaign ? campaign : CampaignErrors.NotFound;
}
