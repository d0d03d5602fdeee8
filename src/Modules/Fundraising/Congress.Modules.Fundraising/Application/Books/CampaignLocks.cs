using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Books;

/// <summary>
/// Serialises the operations that check a balance before they spend it (a disbursement, a batch's close) on one campaign.
/// SQLite has one writer at a time (transactions begin IMMEDIATE); on PostgreSQL the campaign's row is locked until commit.
/// </summary>
internal static class CampaignLocks
{
    public static async Task ForMoneyAsync(FundraisingDbContext db, CampaignId campaignId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM fundraising.campaigns WHERE "Id" = {campaignId.Value} FOR UPDATE""", cancellationToken);
    }
}
