using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.Imports;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.Access;

/// <summary>The kinds of thing a Delegates request can touch by id, for <see cref="AccessScope.Resource"/>.</summary>
internal static class DelegatesResources
{
    public const string Delegate = "delegates.delegate";
    public const string Import = "delegates.import";

    internal sealed class DelegateLocator(DelegatesDbContext db) : IResourceLocator
    {
        public async Task<Guid?> CongressOfAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Delegates.AsNoTracking().Where(d => d.Id == new DelegateId(id)).Select(d => (Guid?)d.CongressId.Value).FirstOrDefaultAsync(cancellationToken);
    }

    internal sealed class ImportLocator(DelegatesDbContext db) : IResourceLocator
    {
        public async Task<Guid?> CongressOfAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Imports.AsNoTracking().Where(i => i.Id == new DelegateImportId(id)).Select(i => (Guid?)i.CongressId.Value).FirstOrDefaultAsync(cancellationToken);
    }
}
