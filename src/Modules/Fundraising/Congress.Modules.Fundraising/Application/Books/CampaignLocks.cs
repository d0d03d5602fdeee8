using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Books;

/// <summary>
/// Serialises the operations that check a balance before they spend it (a disbursement, a batch's close) on one campaign,
/// and the pledges against the campaign's close.
/// SQLite has one writer at a time (transactions begin IMMEDIATE); on PostgreSQL the campaign's row is locked until commit.
/// </summary>
internal static class CampaignLocks
{
    public static async Task ForMoneyAsync(FundraisingDbContext db, CampaignId campaignId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM fundraising.campaigns WHERE "Id" = {campaignId.Value} FOR UPDATE""", cancellationToken);
    }

    /// <summary>
    /// Which of these campaigns take pledges, read inside the caller's transaction: on PostgreSQL their rows are share-locked
    /// until commit, so a close waits for the pledges already checked and the pledges after it see it (SQLite: one writer).
    /// </summary>
    public static async Task<HashSet<CampaignId>> OpenForPledgesAsync(FundraisingDbContext db, IReadOnlyCollection<CampaignId> campaignIds, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var ids = campaignIds.Select(c => c.Value).ToArray();
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM fundraising.campaigns WHERE "Id" = ANY({ids}) FOR SHARE""", cancellationToken);
        }
        return (await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id) && c.Status == CampaignStatus.Open).Select(c => c.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
    }
}
