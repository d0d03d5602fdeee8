using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Documents.Infrastructure.Search;

/// <summary>
/// At start (web host only): an index on disk that is missing, or written in another layout than this version's
/// (<see cref="LuceneDocumentIndex.CurrentLayout"/> — e.g. one entry per document, before pages), is rebuilt from the
/// encrypted store before the host serves, instead of answering silently wrong hits. When the store cannot be read yet (a
/// database not migrated), it is logged and left: the next start tries again, and <c>documents reindex</c> does it by hand.
/// </summary>
internal sealed class SearchIndexLayoutCheck(LuceneDocumentIndex index, IServiceScopeFactory scopes, ILogger<SearchIndexLayoutCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        string? layout;
        try { layout = index.Layout; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
        {
            logger.LogWarning(ex, "Documents: the search index {Path} cannot be read; it is rebuilt", index.Location);
            layout = "unreadable";
        }
        if (layout == LuceneDocumentIndex.CurrentLayout) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                logger.LogInformation("Documents: the search index {Path} (layout {Old}) waits for the database to be migrated; the next start rebuilds it, or run `documents reindex`",
                    index.Location, layout ?? "none");
                return;
            }
            var (indexed, unreadable) = await scope.ServiceProvider.GetRequiredService<DocumentIndexer>().RebuildAsync(cancellationToken);
            logger.LogInformation("Documents: the search index {Path} (layout {Old}) was rebuilt in layout {New} from the encrypted store: {Documents} documents, {Pages} pages, {Unreadable} unreadable",
                index.Location, layout ?? "none", LuceneDocumentIndex.CurrentLayout, indexed, index.Count, unreadable);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            logger.Log(layout is null ? LogLevel.Information : LogLevel.Warning, ex,
                "Documents: the search index {Path} (layout {Old}) could not be rebuilt at start; the next start tries again, or run `documents reindex`",
                index.Location, layout ?? "none");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
