using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Documents.SearchDocuments;

internal sealed class SearchDocumentsQueryHandler(DocumentsDbContext db, DocumentVisibility visibility, DocumentStore store, IDocumentIndex index)
    : IRequestHandler<SearchDocumentsQuery, Result<IReadOnlyList<SearchHitDto>>>
{
    private const int Candidates = 500; // documents (each with its matching pages)

    public async Task<Result<IReadOnlyList<SearchHitDto>>> Handle(SearchDocumentsQuery query, CancellationToken cancellationToken)
    {
        IReadOnlyList<IndexHit> hits;
        try { hits = index.Search(query.CongressId, query.Text, Candidates); }
        catch (ArgumentException) { return new Error("documents.search.query", "Câu tìm không hợp lệ (cần ít nhất một từ; dấu ngoặc kép để tìm cụm từ)."); }
        if (hits.Count == 0) return Array.Empty<SearchHitDto>();

        // The index knows nothing of access: every hit is checked here, as every view is.
        var ids = hits.Select(h => new DocumentId(h.DocumentId)).ToList();
        var readable = (await visibility.ReadableAsync(db.Documents.AsNoTracking().Include(d => d.Readers)
                .Where(d => d.CongressId == query.CongressId && ids.Contains(d.Id)), cancellationToken))
            .ToDictionary(d => d.Id.Value);
        var answer = new List<SearchHitDto>();
        foreach (var hit in hits)
        {
            if (answer.Count == query.Max) break;
            if (!readable.TryGetValue(hit.DocumentId, out var document)) continue;
            var version = await store.VersionAsync(document.Id, document.CurrentVersion, cancellationToken);
            if (version.IsFailure) continue;
            // the snippet is drawn from the best page alone (the index cut the same text the same way)
            string snippet = "";
            int? page = null;
            IReadOnlyList<int> pages = [];
            try
            {
                var text = store.Text(version.Value);
                var cut = DocumentPages.Of(text);
                // the words spread over several pages: the snippet from the page with most of them
                var matching = (hit.Pages.Count > 0 ? hit.Pages : index.PagesWithAnyTerm(hit.DocumentId, query.Text)).Where(p => p >= 1 && p <= cut.Count).ToList();
                var best = matching.Count > 0 ? cut[matching[0] - 1] : cut[0];
                snippet = index.Snippet(query.Text, best.Text);
                if (DocumentPages.HasPages(text))
                {
                    page = best.Number;
                    pages = matching;
                }
            }
            catch (DocumentTamperedException) { }
            answer.Add(new SearchHitDto(document.Id.Value, document.Title, document.CurrentVersion, document.Classification.ToString(), hit.Score, snippet,
                page, pages));
        }
        return answer;
    }
}
