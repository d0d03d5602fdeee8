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
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Congress.Modules.Documents.Infrastructure.Search;

/// <summary>
/// The search index on disk (Lucene.Net 4.8, <c>Documents:IndexDirectory</c>, default <c>.data/documents-index</c>): one
/// entry per document (its current version), its title and text analysed twice (<see cref="VietnameseAnalyzers"/>) and
/// NOT stored — the index holds terms and ids, the text stays encrypted in the database and snippets are made from it
/// after the access check. Each change takes a short-lived writer and commits; readers reopen when the index changed; rebuilt from the encrypted store by <c>documents reindex</c>.
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

    public int Count
    {
        get
        {
            lock (_lock) return Reader().NumDocs;
        }
    }

    /// <summary>Called after the upload committed: a failure here must not fail the upload; it is logged, and <c>documents reindex</c> repairs it.</summary>
    public void Upsert(IndexEntry entry)
    {
        try
        {
            Write(writer => writer.UpdateDocument(new Term(IdField, entry.DocumentId.ToString("N")), ToLucene(entry)));
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
                writer.AddDocument(ToLucene(entry));
                count++;
            }
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
            var searcher = new IndexSearcher(Reader());
            return searcher.Search(combined, max).ScoreDocs
                .Select(hit => new IndexHit(Guid.ParseExact(searcher.Doc(hit.Doc).Get(IdField), "N"), hit.Score)).ToList();
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
