namespace Congress.Modules.Documents.Application.Ports;

/// <summary>What the index holds of a document's current version. The text is analysed, never stored in the index.</summary>
internal sealed record IndexEntry(Guid DocumentId, Guid CongressId, int Version, string Title, string Text);

internal sealed record IndexHit(Guid DocumentId, float Score);

/// <summary>Full-text search over documents (Lucene.Net on disk, docs/adr/0020), insensitive to case and Vietnamese diacritics.</summary>
internal interface IDocumentIndex
{
    void Upsert(IndexEntry entry);

    /// <summary>Empties the index and writes <paramref name="entries"/> (the rebuild verb).</summary>
    int Rebuild(IEnumerable<IndexEntry> entries);

    /// <summary>Hits in the congress, best first; the caller filters them by what the reader may read.</summary>
    /// <exception cref="ArgumentException">The query cannot be parsed.</exception>
    IReadOnlyList<IndexHit> Search(Guid congressId, string query, int max);

    /// <summary>The best fragments of <paramref name="text"/> for <paramref name="query"/>, terms marked with &lt;mark&gt;, HTML-escaped.</summary>
    string Snippet(string query, string text);

    int Count { get; }
}
