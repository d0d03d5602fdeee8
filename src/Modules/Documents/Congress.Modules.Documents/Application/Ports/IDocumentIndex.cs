namespace Congress.Modules.Documents.Application.Ports;

/// <summary>What the index holds of a document's current version, page by page (<see cref="Documents.DocumentPages"/>). The text
/// is analysed, never stored in the index.</summary>
internal sealed record IndexEntry(Guid DocumentId, Guid CongressId, int Version, string Title, string Text);

/// <summary>A document that matched, scored on its whole text; <paramref name="Pages"/>: the pages (or passages) that match the query on
/// their own, best first, at most ten (empty when the words are spread over several pages).</summary>
internal sealed record IndexHit(Guid DocumentId, int Version, float Score, IReadOnlyList<int> Pages);

/// <summary>Full-text search over documents (Lucene.Net on disk, docs/adr/0020), insensitive to case and Vietnamese diacritics.</summary>
internal interface IDocumentIndex
{
    void Upsert(IndexEntry entry);

    /// <summary>Empties the index and writes <paramref name="entries"/> (the rebuild verb).</summary>
    int Rebuild(IEnumerable<IndexEntry> entries);

    /// <summary>Documents in the congress that match, best first, each with its matching pages; the caller filters them by what the
    /// reader may read.</summary>
    /// <exception cref="ArgumentException">The query cannot be parsed.</exception>
    IReadOnlyList<IndexHit> Search(Guid congressId, string query, int max);

    /// <summary>The best fragments of <paramref name="text"/> (one page) for <paramref name="query"/>, terms marked with &lt;mark&gt;, HTML-escaped.</summary>
    string Snippet(string query, string text);

    /// <summary>The pages of a document holding any word of <paramref name="query"/>, best first: for a document that matched
    /// only as a whole (its words on different pages), so that its snippet still comes from a page that has some of them.</summary>
    IReadOnlyList<int> PagesWithAnyTerm(Guid documentId, string query);

    /// <summary>Entries in the index: per document one for its whole text and one per page.</summary>
    int Count { get; }

    /// <summary>False when the index on disk is missing or was written in another layout: it must be rebuilt from the store.</summary>
    bool IsCurrentLayout { get; }
}
