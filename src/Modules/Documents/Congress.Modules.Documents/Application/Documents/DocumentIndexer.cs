using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Documents.Application.Documents;

/// <summary>Keeps the search index in step with the encrypted store: after each upload, and rebuilt in full by <c>documents reindex</c>.</summary>
internal sealed class DocumentIndexer(DocumentsDbContext db, IDocumentVault vault, IDocumentIndex index, ILogger<DocumentIndexer> logger)
{
    /// <summary>Re-reads every document's current version, decrypts its text and writes the index from scratch.</summary>
    public async Task<(int Indexed, int Unreadable)> RebuildAsync(CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().Select(d => new { d.Id, d.CongressId, d.Title, d.CurrentVersion }).ToListAsync(cancellationToken);
        var entries = new List<IndexEntry>();
        var unreadable = 0;
        foreach (var document in documents)
        {
            var version = await db.Versions.AsNoTracking()
                .FirstOrDefaultAsync(v => v.DocumentId == document.Id && v.Number == document.CurrentVersion, cancellationToken);
            if (version is null) continue;
            string text;
            try { text = vault.OpenText(version.Id.Value, version.WrappedKey, version.SealedText); }
            catch (DocumentTamperedException ex)
            {
                logger.LogWarning("Documents: {DocumentId} v{Version} left out of the index: {Reason}", document.Id.Value, version.Number, ex.Message);
                unreadable++;
                text = "";
            }
            entries.Add(new IndexEntry(document.Id.Value, document.CongressId, version.Number, document.Title, text));
        }
        return (index.Rebuild(entries), unreadable);
    }
}
