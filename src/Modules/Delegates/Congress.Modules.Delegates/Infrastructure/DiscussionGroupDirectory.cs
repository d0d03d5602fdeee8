using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Infrastructure;

internal sealed class DiscussionGroupDirectory(DelegatesDbContext db) : IDiscussionGroupDirectory
{
    public async Task<IReadOnlyList<DiscussionGroupEntry>> ListAsync(Guid congressId, CancellationToken cancellationToken)
    {
        var congress = new CongressId(congressId);
        var groups = await db.DiscussionGroups.AsNoTracking().Where(g => g.CongressId == congress).OrderBy(g => g.Number).ToListAsync(cancellationToken);
        var members = (await db.Delegates.AsNoTracking().Where(d => d.CongressId == congress && d.DiscussionGroupId != null)
                .Select(d => new { d.DiscussionGroupId, d.Id }).ToListAsync(cancellationToken))
            .ToLookup(m => m.DiscussionGroupId!.Value, m => m.Id.Value);
        return groups.Select(g => new DiscussionGroupEntry(g.Id.Value, g.Number, g.Name, g.Location, members[g.Id].ToList())).ToList();
    }
}
