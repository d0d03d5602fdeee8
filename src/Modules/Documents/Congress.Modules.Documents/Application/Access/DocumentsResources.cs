using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Access;

/// <summary>The kinds of thing a Documents request can touch by id, for <see cref="AccessScope.Resource"/>.</summary>
internal static class DocumentsResources
{
    public const string Document = "documents.document";
    public const string Device = "documents.device";

    /// <summary>A document's congress, for the pipeline's subtree check.</summary>
    internal sealed class DocumentLocator(DocumentsDbContext db) : IResourceLocator
    {
        public async Task<Guid?> CongressOfAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Documents.AsNoTracking().Where(d => d.Id == new DocumentId(id)).Select(d => (Guid?)d.CongressId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>A tablet's congress, for the pipeline's subtree check.</summary>
    internal sealed class DeviceLocator(DocumentsDbContext db) : IResourceLocator
    {
        public async Task<Guid?> CongressOfAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Devices.AsNoTracking().Where(d => d.Id == id).Select(d => (Guid?)d.CongressId).FirstOrDefaultAsync(cancellationToken);
    }
}
