using System.Text;
using Congress.Modules.Documents.Application;
using Congress.Modules.Documents.Application.Ports;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Congress.Modules.Documents.Infrastructure.Search;

/// <summary>
/// The search index on disk (Lucene.Net 4.8, <c>Documents:IndexDirectory</c>, default <c>.data/documents-index</c>): one
/// entry per document (its current version), its title and text analysed twice (<see cref="VietnameseAnalyzers"/>) and
/// NOT stored — the index holds terms and ids, the text stays encrypted in the database and snippets are made from it
/// after the access check. Committed after every change; rebuilt from the encrypted store by <c>documents reindex</c>.
/// </summary>
internal sealed class LuceneDocumentIndex : IDocumentIndex, IDisposable
{
    private const string IdField = "id", CongressField = "congress", VersionField = "version", FoldedField = "text", ExactField = "exact";
    private const float ExactBoost = 3f;

    private readonly string _path;
    private readonly System.Threading.Lock _lock = new();
    private readonly Analyzer _folded = VietnameseAnalyzers.Folded();
    private readonly Analyzer _exact = VietnameseAnalyzers.Exact();
    private readonly Analyzer _perField;
    private FSDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;

    public LuceneDocumentIndex(IOptions<DocumentsOptions> options, IHostEnvironment environment)
    {
        _path = options.Value.IndexDirectory is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(environment.ContentRootPath, ".data", "documents-index");
        _perField = new PerFieldAnalyzerWrapper(_folded, new Dictionary<string, Analyzer> { [ExactField] = _exact });
    }

    public string Location => _path;

    public int Count
    {
        get
        {
            var searchers = Open();
            var searcher = searchers.Acquire();
            try { return searcher.IndexReader.NumDocs; }
            finally { searchers.Release(searcher); }
        }
    }

    public void Upsert(IndexEntry entry)
    {
        Writer().UpdateDocument(new Term(IdField, entry.DocumentId.ToString("N")), ToLucene(entry));
        Commit();
    }

    public int Rebuild(IEnumerable<IndexEntry> entries)
    {
        var writer = Writer();
        writer.DeleteAll();
        var count = 0;
        foreach (var entry in entries)
        {
            writer.AddDocument(ToLucene(entry));
            count++;
        }
        Commit();
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
        var searchers = Open();
        searchers.MaybeRefresh();
        var searcher = searchers.Acquire();
        try
        {
            return searcher.Search(combined, max).ScoreDocs
                .Select(hit => new IndexHit(Guid.ParseExact(searcher.Doc(hit.Doc).Get(IdField), "N"), hit.Score)).ToList();
        }
        finally
        {
            searchers.Release(searcher);
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
        try
        {
            return (ParseOn(FoldedField, _folded, query), ParseOn(ExactField, _exact, query));
        }
        catch (ParseException)
        {
            var escaped = QueryParserBase.Escape(query);
            try { return (ParseOn(FoldedField, _folded, escaped), ParseOn(ExactField, _exact, escaped)); }
            catch (ParseException ex) { throw new ArgumentException(ex.Message, ex); }
        }
    }

    private static Query ParseOn(string field, Analyzer analyzer, string query) =>
        new QueryParser(VietnameseAnalyzers.Version, field, analyzer) { DefaultOperator = Operator.AND }.Parse(query);

    private static LuceneDocument ToLucene(IndexEntry entry)
    {
        var all = (entry.Title + "\n\n" + entry.Text).Normalize(NormalizationForm.FormC);
        return
        [
            new StringField(IdField, entry.DocumentId.ToString("N"), Field.Store.YES),
            new StringField(CongressField, entry.CongressId.ToString("N"), Field.Store.NO),
            new StoredField(VersionField, entry.Version),
            new TextField(FoldedField, all, Field.Store.NO),
            new TextField(ExactField, all, Field.Store.NO),
        ];
    }

    private void Commit()
    {
        lock (_lock)
        {
            _writer!.Commit();
            _searchers!.MaybeRefreshBlocking();
        }
    }

    private IndexWriter Writer()
    {
        Open();
        return _writer!;
    }

    private SearcherManager Open()
    {
        if (_searchers is not null) return _searchers;
        lock (_lock)
        {
            if (_searchers is not null) return _searchers;
            System.IO.Directory.CreateDirectory(_path);
            _directory = FSDirectory.Open(_path);
            _writer = new IndexWriter(_directory, new IndexWriterConfig(VietnameseAnalyzers.Version, _perField) { OpenMode = OpenMode.CREATE_OR_APPEND });
            _writer.Commit(); // an empty index is still an index: a searcher can open it
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
            return _searchers;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _searchers?.Dispose();
            _writer?.Dispose();
            _directory?.Dispose();
            _searchers = null;
            _writer = null;
        }
    }
}

/// <summary>Escapes only what HTML needs (&amp; &lt; &gt; &quot; &#39;): Vietnamese letters stay readable, not numeric entities.</summary>
internal sealed class MinimalHtmlEncoder : IEncoder
{
    public string EncodeText(string originalText) => originalText
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
