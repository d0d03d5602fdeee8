using Congress.Modules.Reporting.Domain.Feed;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Feed;

/// <summary>Hands out the change feed's next number inside the current transaction (see <see cref="FeedCounter"/>).</summary>
internal sealed class ChangeFeed(ReportingDbContext db)
{
    public async Task<long> NextAsync(CancellationToken cancellationToken)
    {
        var updated = await db.Counters.Where(c => c.Name == FeedCounter.ChangeFeed)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), cancellationToken);
        if (updated == 0)
        {
            // The very first change: the row does not exist yet. A writer racing on it fails on the key and is retried by its caller.
            db.Counters.Add(FeedCounter.Start(FeedCounter.ChangeFeed, 1));
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }
        return await db.Counters.AsNoTracking().Where(c => c.Name == FeedCounter.ChangeFeed).Select(c => c.Value).FirstAsync(cancellationToken);
    }
}
