using Congress.Modules.Reporting.Domain.Feed;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Feed;

/// <summary>Hands out the change feed's next number inside the current transaction (see <see cref="FeedCounter"/>).</summary>
internal sealed class ChangeFeed(ReportingDbContext db)
{
    public async Task<long> NextAsync(CancellationToken cancellationToken) => await ReserveAsync(1, cancellationToken);

    /// <summary>Takes <paramref name="count"/> consecutive numbers at once (a bulk load); returns the last of them.</summary>
    public async Task<long> ReserveAsync(int count, CancellationToken cancellationToken)
    {
        var updated = await db.Counters.Where(c => c.Name == FeedCounter.ChangeFeed)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + count), cancellationToken);
        if (updated == 0)
        {
            // The very first change: the row does not exist yet. A writer racing on it fails on the key and is retried by its caller.
            db.Counters.Add(FeedCounter.Start(FeedCounter.ChangeFeed, count));
            await db.SaveChangesAsync(cancellationToken);
            return count;
        }
        return await db.Counters.AsNoTracking().Where(c => c.Name == FeedCounter.ChangeFeed).Select(c => c.Value).FirstAsync(cancellationToken);
    }
}
