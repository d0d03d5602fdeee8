using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Reporting.Domain.Rollups;
using Congress.Modules.Reporting.Domain.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Reporting.Application.Tree;

/// <summary>
/// Reporting's read model of the organisation tree, brought up to date from Delegates' contract
/// (<see cref="IOrganisationDirectory.ListTreeAsync"/>): a new organisation gets its node, its (empty) roll-up row, and
/// one more "expected" in the roll-up of every organisation above it. Run by a recurring job, by the demo seeder, and
/// on demand when a request names an organisation the read model does not hold yet.
/// </summary>
internal sealed class OrganisationTree(ReportingDbContext db, IOrganisationDirectory directory, IOptions<ReportingOptions> options)
{
    public async Task<ReportingOrganisation?> FindAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var node = await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (node is not null) return node;
        await SyncAsync(cancellationToken);
        return await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
    }

    /// <summary>
    /// The organisation and everything below it, read level by level through the parent index (a prefix match on the
    /// path scans the whole table on SQLite and, without a pattern index, on PostgreSQL: ~60,000 rows nationally).
    /// </summary>
    public async Task<List<ReportingOrganisation>> SubtreeAsync(ReportingOrganisation root, CancellationToken cancellationToken)
    {
        var all = new List<ReportingOrganisation> { root };
        var frontier = new List<Guid> { root.Id };
        while (frontier.Count > 0)
        {
            var ids = frontier;
            var children = await db.Organisations.AsNoTracking().Where(o => o.ParentId != null && ids.Contains(o.ParentId.Value)).ToListAsync(cancellationToken);
            all.AddRange(children);
            frontier = children.Select(c => c.Id).ToList();
        }
        return all;
    }

    /// <returns>How many organisations were added.</returns>
    public async Task<int> SyncAsync(CancellationToken cancellationToken)
    {
        var tree = await directory.ListTreeAsync(cancellationToken);
        var known = (await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Code, o.Name }).ToListAsync(cancellationToken))
            .ToDictionary(o => o.Id);
        var added = tree.Where(n => !known.ContainsKey(n.Id)).ToList();
        foreach (var renamed in tree.Where(n => known.TryGetValue(n.Id, out var k) && (k.Code != n.Code || k.Name != n.Name)))
        {
            var node = await db.Organisations.FirstAsync(o => o.Id == renamed.Id, cancellationToken);
            node.Rename(renamed.Code, renamed.Name);
        }
        if (added.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            return 0;
        }

        // Each new organisation is one more expected congress for every organisation above it.
        var expectedIncrease = new Dictionary<Guid, int>();
        foreach (var node in added)
            foreach (var ancestor in ReportingOrganisation.AncestorsOf(node.Path, node.Id))
                expectedIncrease[ancestor] = expectedIncrease.GetValueOrDefault(ancestor) + 1;

        var addedIds = added.Select(n => n.Id).ToHashSet();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var node in added)
            {
                db.Organisations.Add(ReportingOrganisation.From(node.Id, node.ParentId, node.Code, node.Name, node.Level, node.Path, options.Value.DueFor(node.Level)));
                db.Rollups.Add(Rollup.For(node.Id, expectedIncrease.GetValueOrDefault(node.Id)));
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        foreach (var (ancestor, count) in expectedIncrease.Where(e => !addedIds.Contains(e.Key)))
            await db.Rollups.Where(r => r.OrganisationId == ancestor)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Expected, r => r.Expected + count), cancellationToken);
        return added.Count;
    }
}
