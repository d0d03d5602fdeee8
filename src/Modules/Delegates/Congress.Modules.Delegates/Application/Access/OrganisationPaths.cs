using System.Collections.Concurrent;
using Congress.Modules.Delegates.Domain.Organisations;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.Access;

/// <summary>
/// Each organisation's path in the tree, kept for the life of the host. The authorisation step needs two on every
/// request (the caller's and the target's); read from the database each time they were, under a storm of progress
/// updates from communes all over the country, a quarter of the host's CPU and a query per request on the server. The
/// first request loads every path in one query (the national tree: ~60,300 paths, by estimate about 20 MB of the host's memory); an
/// organisation created since is read on its own the first time it is asked for. Safe to keep because a path never
/// changes: it is set when the <see cref="Organisation"/> is created, and there is no move and no delete. An id that is
/// not found is not remembered (asked again next time).
/// </summary>
internal sealed class OrganisationPaths
{
    private readonly ConcurrentDictionary<Guid, string> _paths = new();
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile bool _loaded;

    public async Task<string?> FindAsync(DelegatesDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        if (!_loaded) await LoadAllAsync(db, cancellationToken);
        if (_paths.TryGetValue(organisationId, out var kept)) return kept;
        var path = await db.Organisations.AsNoTracking().Where(o => o.Id == new OrganisationId(organisationId))
            .Select(o => o.Path).FirstOrDefaultAsync(cancellationToken);
        if (path is not null) _paths[organisationId] = path;
        return path;
    }

    private async Task LoadAllAsync(DelegatesDbContext db, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_loaded) return;
            await foreach (var o in db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Path }).AsAsyncEnumerable().WithCancellation(cancellationToken))
                _paths.TryAdd(o.Id.Value, o.Path);
            _loaded = true;
        }
        finally
        {
            _loading.Release();
        }
    }
}
