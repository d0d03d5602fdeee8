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
/// one more "expected" in the roll-up of every organisation above it. Kept current one organisation at a time from
/// Delegates' <see cref="OrganisationCreatedIntegrationEvent"/> (<see cref="AddAsync"/>; also when a request names an
/// organisation whose event is not relayed yet); the full reconcile (<see cref="SyncAsync"/>) runs rarely, as a safety
/// net (Reporting:TreeSyncEveryMinutes), and on the demo seeder.
/// </summary>
internal sealed class OrganisationTree(ReportingDbContext db, IOrganisationDirectory directory, IOptions<ReportingOptions> options)
{
    public async Task<ReportingOrganisation?> FindAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var node = await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (node is not null) return node;
        // Created in Delegates a moment ago, its event not yet relayed: that one organisation, not the whole tree (an id
        // that names none costs one indexed read, never a re-read of 60,000 organisations).
        if (await directory.FindNodeAsync(organisationId, cancellationToken) is not { } created) return null;
        await AddAsync(created, cancellationToken);
        return await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
    }

    /// <summary>
    /// One organisation Delegates created (its integration event, or a request naming it first): its node, its empty
    /// roll-up row, one more "expected" in every ancestor's row — one indexed read and one UPDATE, not a re-read of the
    /// tree. An organisation already held is left alone; one whose parent is not held yet (events out of order) falls
    /// back to the full <see cref="SyncAsync"/>, which adds the missing branch whole.
    /// </summary>
    /// <returns>Whether the read model changed.</returns>
    public async Task<bool> AddAsync(OrganisationNode node, CancellationToken cancellationToken)
    {
        const string AddSavepoint = "reporting_add_organisation";
        if (await db.Organisations.AnyAsync(o => o.Id == node.Id, cancellationToken)) return false;
        if (node.ParentId is { } parent && !await db.Organisations.AnyAsync(o => o.Id == parent, cancellationToken))
            return await SyncAsync(cancellationToken) > 0;
        // The event and a request naming the organisation may add it at the same moment: one insert wins, the other finds
        // the key taken and leaves the counts alone (a savepoint keeps the caller's transaction usable on PostgreSQL).
        var organisation = ReportingOrganisation.From(node.Id, node.ParentId, node.Code, node.Name, node.Level, node.Path, options.Value.DueFor(node.Level));
        var rollup = Rollup.For(node.Id, 0);
        db.Organisations.Add(organisation);
        db.Rollups.Add(rollup);
        var transaction = db.Database.CurrentTransaction;
        if (transaction is not null) await transaction.CreateSavepointAsync(AddSavepoint, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (transaction is not null) await transaction.RollbackToSavepointAsync(AddSavepoint, cancellationToken);
            db.Entry(organisation).State = EntityState.Detached;
            db.Entry(rollup).State = EntityState.Detached;
            if (await db.Organisations.AsNoTracking().AnyAsync(o => o.Id == node.Id, cancellationToken)) return false;
            throw;
        }
        var ancestors = ReportingOrganisation.AncestorsOf(node.Path, node.Id).ToList();
        if (ancestors.Count > 0)
            await db.Rollups.Where(r => ancestors.Contains(r.OrganisationId))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Expected, r => r.Expected + 1), cancellationToken);
        return true;
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
