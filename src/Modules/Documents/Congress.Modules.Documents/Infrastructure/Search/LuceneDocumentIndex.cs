using System.Text;
using Congress.Modules.Documents.Application;
using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Application.Ports;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Congress.Modules.Documents.Infrastructure.Search;

/// <summary>
/// The search index on disk (Lucene.Net 4.8, <c>Documents:IndexDirectory</c>, default <c>.data/documents-index</c>): one
/// entry per PAGE of each document's current version (<see cref="DocumentPages"/>: a PDF page, or a passage of a text
/// without pages) besides one for its whole text (which decides the match and the rank), each carrying the document id,
/// version and page number (0: the whole text), the title and the text analysed twice
/// (<see cref="VietnameseAnalyzers"/>) and NOT stored — the index holds terms and ids, the text stays encrypted in the
/// database and the snippet is made from the one page after the access check. A search answers documents, best first, each
/// with its matching pages best first. Each change takes a short-lived writer and commits; readers reopen when the index
/// changed; rebuilt from the encrypted store by <c>documents reindex</c>, and at start when the index on disk was written
/// in another layout (<see cref="CurrentLayout"/>, kept in Lucene's commit data).
/// </summary>
internal sealed class LuceneDocumentIndex : IDocumentIndex, IDisposable
{
    private const string IdField = "id", CongressField = "congress", VersionField = "version", PageField = "page", KindField = "kind", FoldedField = "text", ExactField = "exact";
    private const float ExactBoost = 3f;
    private const int PagesPerHit = 10;

    /// <summary>The layout of the index on disk, written in each rebuild's commit data; an index in another one (or in none:
    /// the whole-document layout before pages) is rebuilt at start. Change it whenever what is indexed changes.</summary>
    public const string CurrentLayout = "pages-1";
    private const string LayoutKey = "congress.layout";

    private readonly string _path;
    private readonly System.Threading.Lock _lock = new();
    private readonly Analyzer _folded = VietnameseAnalyzers.Folded();
    private readonly Analyzer _exact = VietnameseAnalyzers.Exact();
    private readonly Analyzer _perField;
    private readonly ILogger<LuceneDocumentIndex> _logger;
    private FSDirectory? _directory;
    private DirectoryReader? _reader;

    public LuceneDocumentIndex(IOptions<DocumentsOptions> options, IOptions<DatabaseOptions> database, IHostEnvironment environment, ILogger<LuceneDocumentIndex> logger)
    {
        _path = options.Value.IndexDirectory is { Length: > 0 } configured ? Path.GetFullPath(configured) : DefaultPath(database.Value, environment);
        _perField = new PerFieldAnalyzerWrapper(_folded, new Dictionary<string, Analyzer> { [ExactField] = _exact });
        _logger = logger;
    }

    /// <summary>
    /// Beside a SQLite database (<c>&lt;db&gt;.documents-index</c>, like the jobs file), or <c>.data/documents-index/&lt;database&gt;</c>
    /// under the content root for PostgreSQL: each database gets its own index.
    /// </summary>
    private static string DefaultPath(DatabaseOptions database, IHostEnvironment environment)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = database.ConnectionString };
        if (database.Provider == DatabaseProvider.Sqlite && builder.TryGetValue("Data Source", out var file) && file is string path && path.Length > 0 && path != ":memory:")
            return Path.GetFullPath(path) + ".documents-index";
        var name = builder.TryGetValue("Database", out var db) && db is string n && n.Length > 0 ? n : "congress";
        return Path.Combine(environment.ContentRootPath, ".data", "documents-index", string.Concat(name.Where(char.IsLetterOrDigit)));
    }

    public string Location => _path;

    /// <summary>Pages in the index (a document has at least one).</summary>
    public int Count
    {
        get
        {
            lock (_lock) return Reader().NumDocs;
        }
    }

    /// <summary>The layout the index on disk was written in; null when there is no index or it predates layouts.</summary>
    public string? Layout
    {
        get
        {
            lock (_lock)
            {
                var directory = Directory();
                if (!DirectoryReader.IndexExists(directory)) return null;
                return Reader().IndexCommit.UserData.TryGetValue(LayoutKey, out var layout) ? layout : null;
            }
        }
    }

    public bool IsCurrentLayout => Layout == CurrentLayout;

    /// <summary>Called after the upload committed: a failure here must not fail the upload; it is logged, and <c>documents reindex</c> repairs it.
    /// The document's pages replace its earlier ones in one atomic block.</summary>
    public void Upsert(IndexEntry entry)
    {
        try
        {
            Write(writer => writer.UpdateDocuments(new Term(IdField, entry.DocumentId.ToString("N")), ToLucene(entry)));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogError(ex, "Documents: document {DocumentId} v{Version} is stored but not indexed ({Path}); run `documents reindex`", entry.DocumentId, entry.Version, _path);
        }
    }

    public int Rebuild(IEnumerable<IndexEntry> entries)
    {
        var count = 0;
        Write(writer =>
        {
            writer.DeleteAll();
            foreach (var entry in entries)
            {
                writer.AddDocuments(ToLucene(entry));
                count++;
            }
            writer.SetCommitData(new Dictionary<string, string> { [LayoutKey] = CurrentLayout });
        });
        return count;
    }

    public IReadOnlyList<IndexHit> Search(Guid congressId, string query, int max)
    {
        var (folded, exact) = Parse(query);
        var combined = new BooleanQuery
        {
            { new TermQuery(new Term(CongressField, congressId.ToString("N"))), Occur.MUST },
            { folded, Occur.MUST },
        };
        exact.Boost = ExactBoost;
        combined.Add(exact, Occur.SHOULD);
        lock (_lock)
        {
            // 1. the documents, ranked on their whole text; 2. the matching pages of those documents only
            var reader = Reader();
            var searcher = new IndexSearcher(reader);
            var top = searcher.Search(combined, new QueryWrapperFilter(new TermQuery(new Term(KindField, "document"))), max).ScoreDocs;
            if (top.Length == 0) return [];
            var ranked = new List<(Guid Id, int Version, float Score)>(top.Length);
            var ids = new BooleanQuery();
            var bytes = new BytesRef();
            foreach (var hit in top)
            {
                var leaf = reader.Leaves[ReaderUtil.SubIndex(hit.Doc, reader.Leaves)];
                var doc = hit.Doc - leaf.DocBase;
                if (leaf.AtomicReader.GetBinaryDocValues(IdField) is not { } idValues || leaf.AtomicReader.GetNumericDocValues(VersionField) is not { } versions) continue;
                idValues.Get(doc, bytes);
                if (bytes.Length != 16) continue;
                var id = new Guid(bytes.Bytes.AsSpan(bytes.Offset, 16));
                ranked.Add((id, (int)versions.Get(doc), hit.Score));
                ids.Add(new TermQuery(new Term(IdField, id.ToString("N"))), Occur.SHOULD);
            }
            var pages = new PagesByDocument();
            searcher.Search(combined, new QueryWrapperFilter(new BooleanQuery
            {
                { new TermQuery(new Term(KindField, "page")), Occur.MUST },
                { ids, Occur.MUST },
            }), pages);
            var pagesOf = pages.Hits(int.MaxValue).ToDictionary(h => h.DocumentId, h => h.Pages);
            return ranked.Select(r => new IndexHit(r.Id, r.Version, r.Score, pagesOf.GetValueOrDefault(r.Id) ?? [])).ToList();
        }
    }

    public string Snippet(string query, string text)
    {
        var (folded, _) = Parse(query);
        var scorer = new QueryScorer(folded, FoldedField); // one scorer: the fragmenter reads the spans the highlighter found
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new MinimalHtmlEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, 160),
            MaxDocCharsToAnalyze = 1_000_000,
        };
        var fragments = highlighter.GetBestFragments(_folded, FoldedField, text, 3);
        return fragments.Length > 0 ? string.Join(" … ", fragments) : new MinimalHtmlEncoder().EncodeText(text.Length > 200 ? text[..200] + "…" : text);
    }

    /// <exception cref="ArgumentException">The query is empty or cannot be parsed even escaped.</exception>
    private (Query Folded, Query Exact) Parse(string query)
    {
        query = (query ?? "").Normalize(NormalizationForm.FormC).Trim();
        if (query.Length == 0) throw new ArgumentException("Empty query.");
        (Query? Folded, Query? Exact) parsed;
        try
        {
            parsed = (ParseOn(FoldedField, _folded, query), ParseOn(ExactField, _exact, query));
        }
        catch (Exception first) when (first is ParseException or BooleanQuery.TooManyClausesException)
        {
            var escaped = QueryParserBase.Escape(query);
            try { parsed = (ParseOn(FoldedField, _folded, escaped), ParseOn(ExactField, _exact, escaped)); }
            catch (Exception ex) when (ex is ParseException or BooleanQuery.TooManyClausesException) { throw new ArgumentException(ex.Message, ex); }
        }
        // a query of nothing but punctuation analyses to no term at all
        if (parsed.Folded is null || parsed.Exact is null || parsed.Folded is BooleanQuery { Clauses.Count: 0 })
            throw new ArgumentException("The query has no searchable word.");
        return (parsed.Folded, parsed.Exact);
    }

    private static Query ParseOn(string field, Analyzer analyzer, string query) =>
        new QueryParser(VietnameseAnalyzers.Version, field, analyzer) { DefaultOperator = Operator.AND }.Parse(query);

    /// <summary>
    /// One Lucene document for the whole text (page 0: it decides whether and how well the document matches, so that words
    /// on different pages still find it and the ranking is the document's), then one per page (which pages to name, and
    /// which one the snippet comes from); the title is indexed with each.
    /// </summary>
    private static IEnumerable<LuceneDocument> ToLucene(IndexEntry entry)
    {
        var id = entry.DocumentId.ToString("N");
        var idBytes = new BytesRef(entry.DocumentId.ToByteArray());
        var congress = entry.CongressId.ToString("N");
        var title = entry.Title.Normalize(NormalizationForm.FormC);
        var text = entry.Text.Normalize(NormalizationForm.FormC);
        LuceneDocument Entry(int page, string body) =>
        [
            new StringField(IdField, id, Field.Store.NO),
            new BinaryDocValuesField(IdField, idBytes),
            new StringField(CongressField, congress, Field.Store.NO),
            new StringField(KindField, page == 0 ? "document" : "page", Field.Store.NO),
            new NumericDocValuesField(VersionField, entry.Version),
            new NumericDocValuesField(PageField, page),
            new TextField(FoldedField, title + "\n\n" + body, Field.Store.NO),
            new TextField(ExactField, title + "\n\n" + body, Field.Store.NO),
        ];
        yield return Entry(0, text);
        foreach (var page in DocumentPages.Of(text)) yield return Entry(page.Number, page.Text);
    }

    public IReadOnlyList<int> PagesWithAnyTerm(Guid documentId, string query)
    {
        var (folded, _) = Parse(query);
        lock (_lock)
        {
            var searcher = new IndexSearcher(Reader());
            var terms = new HashSet<Term>();
            searcher.Rewrite(folded).ExtractTerms(terms);
            if (terms.Count == 0) return [];
            var any = new BooleanQuery { MinimumNumberShouldMatch = 1 };
            foreach (var term in terms) any.Add(new TermQuery(term), Occur.SHOULD);
            var loose = new BooleanQuery
            {
                { new TermQuery(new Term(IdField, documentId.ToString("N"))), Occur.MUST },
                { new TermQuery(new Term(KindField, "page")), Occur.MUST },
                { any, Occur.MUST },
            };
            var pages = new PagesByDocument();
            searcher.Search(loose, pages);
            return pages.Hits(1) is [var hit] ? hit.Pages : [];
        }
    }

    /// <summary>
    /// Collects every matching entry and groups them by document (ids, versions and page numbers read from doc values, not
    /// stored fields): a document ranks by its whole-text entry's score (or its best page's, if only pages matched), and names
    /// its matching pages best first.
    /// </summary>
    private sealed class PagesByDocument : ICollector
    {
        private readonly Dictionary<Guid, (int Version, float Best, List<(int Page, float Score)> Pages)> _documents = [];
        private readonly HashSet<Guid> _whole = [];
        private readonly BytesRef _bytes = new();
        private Scorer? _scorer;
        private BinaryDocValues? _ids;
        private NumericDocValues? _versions, _pages;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            _ids = context.AtomicReader.GetBinaryDocValues(IdField);
            _versions = context.AtomicReader.GetNumericDocValues(VersionField);
            _pages = context.AtomicReader.GetNumericDocValues(PageField);
        }

        public void Collect(int doc)
        {
            if (_ids is null || _versions is null || _pages is null) return; // a segment of another layout: rebuilt at start
            _ids.Get(doc, _bytes);
            if (_bytes.Length != 16) return;
            var id = new Guid(_bytes.Bytes.AsSpan(_bytes.Offset, 16));
            var score = _scorer!.GetScore();
            var page = (int)_pages.Get(doc);
            if (!_documents.TryGetValue(id, out var found)) _documents[id] = found = ((int)_versions.Get(doc), score, []);
            if (page == 0)
            {
                _whole.Add(id);
                _documents[id] = found with { Best = score };
            }
            else
            {
                found.Pages.Add((page, score));
                if (!_whole.Contains(id) && score > found.Best) _documents[id] = found with { Best = score };
            }
        }

        public IReadOnlyList<IndexHit> Hits(int max) => _documents
            .OrderByDescending(d => d.Value.Best).ThenBy(d => d.Key).Take(max)
            .Select(d => new IndexHit(d.Key, d.Value.Version, d.Value.Best,
                d.Value.Pages.OrderByDescending(p => p.Score).ThenBy(p => p.Page).Take(PagesPerHit).Select(p => p.Page).ToList()))
            .ToList();
    }

    /// <summary>
    /// One short-lived writer per change, so that several hosts (or test hosts) sharing the folder take Lucene's write lock in
    /// turn instead of one holding it for its lifetime; a lock held elsewhere is waited for up to 10 s.
    /// </summary>
    private void Write(Action<IndexWriter> change)
    {
        lock (_lock)
        {
            var directory = Directory();
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    using var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzers.Version, _perField) { OpenMode = OpenMode.CREATE_OR_APPEND });
                    change(writer);
                    writer.Commit();
                    return;
                }
                catch (LockObtainFailedException) when (attempt < 20)
                {
                    if (attempt == 0) _logger.LogInformation("Documents: the search index {Path} is being written by another host; waiting", _path);
                    Thread.Sleep(500);
                }
            }
        }
    }

    /// <summary>The current reader, reopened when the index changed (here or in another host); an empty index is made if none exists.</summary>
    private DirectoryReader Reader()
    {
        var directory = Directory();
        if (_reader is null)
        {
            if (!DirectoryReader.IndexExists(directory)) Write(_ => { });
            _reader = DirectoryReader.Open(directory);
        }
        else if (DirectoryReader.OpenIfChanged(_reader) is { } newer)
        {
            _reader.Dispose();
            _reader = newer;
        }
        return _reader;
    }

    private FSDirectory Directory()
    {
        if (_directory is not null) return _directory;
        System.IO.Directory.CreateDirectory(_path);
        return _directory = FSDirectory.Open(_path);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _reader?.Dispose();
            _directory?.Dispose();
            _reader = null;
            _directory = null;
        }
    }
}

/// <summary>Escapes only what HTML needs (&amp; &lt; &gt; &quot; &#39;): Vietnamese letters stay readable, not numeric entities.</summary>
internal sealed class MinimalHtmlEncoder : IEncoder
{
    public string EncodeText(string originalText) => originalText
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
