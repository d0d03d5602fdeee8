using System.Diagnostics;
using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Shared.Infrastructure.Pdf;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace Congress.Bench;

/// <summary>
/// The Documents module's two hot paths, through the host's own services (Lucene index, watermark stamper):
/// <list type="bullet">
/// <item>search: 5,000 pages of Vietnamese text (100 documents of 50 pages) indexed in one rebuild — pages/s; then mixed
/// queries as delegates type them (with and without diacritics, đ/Đ, a phrase), each followed by the snippets of its first
/// ten hits (a hit is a document with its matching pages; its snippet is drawn from its best page) — p50/p95, against the
/// same-run baseline of one exact single-term query;</item>
/// <item>watermarking: a 50-page PDF stamped for one recipient — ms per copy, against the same-run baseline of PdfPig copying
/// the same 50 pages unchanged (the floor of any per-copy work on a PDF).</item>
/// </list>
/// </summary>
internal static class DocumentsBench
{
    private const int Documents = 100, PagesPerDocument = 50, WordsPerPage = 320, QueryRuns = 400, StampRuns = 20;

    private static readonly string[] Words =
    [
        "Đảng", "bộ", "tỉnh", "nghị", "quyết", "đại", "hội", "đại", "biểu", "báo", "cáo", "chính", "trị", "nhiệm", "kỳ", "phát", "triển",
        "kinh", "tế", "xã", "hội", "văn", "hóa", "giáo", "dục", "y", "tế", "quốc", "phòng", "an", "ninh", "xây", "dựng", "chỉnh", "đốn",
        "cán", "bộ", "đảng", "viên", "tổ", "chức", "cơ", "sở", "chuyển", "đổi", "số", "hạ", "tầng", "giao", "thông", "nông", "nghiệp",
        "du", "lịch", "môi", "trường", "biến", "đổi", "khí", "hậu", "bão", "lũ", "đồng", "bào", "thực", "hiện", "mục", "tiêu", "giải",
        "pháp", "đột", "phá", "tăng", "trưởng", "bình", "quân", "thu", "nhập", "người", "dân", "giảm", "nghèo", "bền", "vững", "đang",
        "kiểm", "tra", "giám", "sát", "kỷ", "luật", "phòng", "chống", "tham", "nhũng", "lãng", "phí", "tiêu", "cực", "Điều",
    ];

    private static readonly string[] Queries =
    [
        "nghị quyết", "nghi quyet", "Đảng bộ", "dang bo", "\"báo cáo chính trị\"", "chuyen doi so", "phòng chống tham nhũng",
        "kinh te xa hoi", "bão lũ", "giam ngheo ben vung", "đang", "du lịch môi trường",
    ];

    public static int Run()
    {
        var index = Path.Combine(Path.GetTempPath(), $"congress-bench-index-{Guid.NewGuid():N}");
        var database = Path.Combine(Path.GetTempPath(), $"congress-bench-{Guid.NewGuid():N}.db");
        var app = Host.Composition.CongressApp.Build(
            [$"--Database:ConnectionString=Data Source={database}", $"--Documents:IndexDirectory={index}", "--Logging:LogLevel:Default=Warning"]);
        try
        {
            Search(app.Services.GetRequiredService<IDocumentIndex>());
            Watermark(app.Services.GetRequiredService<IWatermarkStamper>());
            return 0;
        }
        finally
        {
            (app as IDisposable)?.Dispose();
            if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(database + suffix);
        }
    }

    private static void Search(IDocumentIndex index)
    {
        var random = new Random(20261205);
        var congressId = Guid.NewGuid();
        var texts = new Dictionary<Guid, string>();
        var entries = Enumerable.Range(1, Documents).Select(d =>
        {
            var pages = Enumerable.Range(1, PagesPerDocument).Select(_ => string.Join(' ', Enumerable.Range(0, WordsPerPage).Select(_ => Words[random.Next(Words.Length)])) + ".");
            var entry = new IndexEntry(Guid.NewGuid(), congressId, 1, $"Văn kiện số {d}", DocumentPages.Join(pages)); // a PDF's pages, as the inspector keeps them
            texts[entry.DocumentId] = entry.Text;
            return entry;
        }).ToList();

        var indexing = Stopwatch.StartNew();
        index.Rebuild(entries);
        var indexed = indexing.Elapsed.TotalSeconds;
        var pagesPerSecond = Documents * PagesPerDocument / indexed;

        double Time(string query, bool snippets)
        {
            var started = Stopwatch.GetTimestamp();
            var hits = index.Search(congressId, query, 10);
            // as the search handler does: the document's text cut into its pages, the snippet drawn from the best one
            if (snippets) foreach (var hit in hits) index.Snippet(query, DocumentPages.Of(texts[hit.DocumentId])[hit.Pages[0] - 1].Text);
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        double BaselineTime()
        {
            var started = Stopwatch.GetTimestamp();
            index.Search(congressId, "Điều", 1);
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        for (var i = 0; i < 100; i++) { Time(Queries[i % Queries.Length], snippets: true); BaselineTime(); } // warm the JIT and the reader
        var baseline = Enumerable.Range(0, QueryRuns).Select(_ => BaselineTime()).Order().ToList();
        var ranked = Enumerable.Range(0, QueryRuns).Select(i => Time(Queries[i % Queries.Length], snippets: false)).Order().ToList();
        var mixed = Enumerable.Range(0, QueryRuns).Select(i => Time(Queries[i % Queries.Length], snippets: true)).Order().ToList();

        Console.WriteLine($"Search over {Documents * PagesPerDocument:N0} pages of Vietnamese text ({Documents} documents × {PagesPerDocument} pages, {WordsPerPage} words a page):");
        Console.WriteLine($"  indexing (one rebuild)              {pagesPerSecond,8:F0} pages/s ({indexed:F1} s)");
        Console.WriteLine($"  baseline: one exact single-term query  p50 {At(baseline, 50),6:F2} ms   p95 {At(baseline, 95),6:F2} ms");
        Console.WriteLine($"  ({index.Count:N0} pages in the index; a hit is a document with its matching pages, the snippet from its best page)");
        Console.WriteLine($"  mixed queries, ranked hits only        p50 {At(ranked, 50),6:F2} ms   p95 {At(ranked, 95),6:F2} ms  ({At(ranked, 95) / At(baseline, 95):F0}× baseline p95)");
        Console.WriteLine($"  mixed queries + snippets of 10 hits    p50 {At(mixed, 50),6:F2} ms   p95 {At(mixed, 95),6:F2} ms  ({At(mixed, 95) / At(baseline, 95):F0}× baseline p95)");
        Console.WriteLine($"  goal: p95 ≤ 20 ms -> {(At(mixed, 95) <= 20 ? "met" : "NOT met")}");
    }

    private static void Watermark(IWatermarkStamper stamper)
    {
        byte[] pdf;
        using (var writer = new PdfPageWriter("Dự thảo Báo cáo chính trị", "Bản dự thảo — đo hiệu năng"))
        {
            var random = new Random(5);
            while (writer.Pages < PagesPerDocument) writer.Text(string.Join(' ', Enumerable.Range(0, 60).Select(_ => Words[random.Next(Words.Length)])));
            pdf = writer.ToBytes();
        }
        int pages;
        using (var opened = PdfDocument.Open(pdf)) pages = opened.NumberOfPages;

        double Copy()
        {
            var started = Stopwatch.GetTimestamp();
            using var source = PdfDocument.Open(pdf);
            var builder = new PdfDocumentBuilder();
            for (var number = 1; number <= source.NumberOfPages; number++) builder.AddPage(source, number);
            builder.Build();
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        double Stamp(int i)
        {
            var started = Stopwatch.GetTimestamp();
            stamper.Stamp(pdf, FileFormat.Pdf, new WatermarkLabel($"B{i:00000}", "Nguyễn Văn Đại Biểu", DateTime.UtcNow));
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        for (var i = 0; i < 3; i++) { Copy(); Stamp(i); }
        var baseline = Enumerable.Range(0, StampRuns).Select(_ => Copy()).Order().ToList();
        var stamped = Enumerable.Range(0, StampRuns).Select(Stamp).Order().ToList();

        Console.WriteLine($"Watermarking a {pages}-page PDF ({pdf.Length / 1024:N0} KiB) for one recipient:");
        Console.WriteLine($"  baseline: PdfPig copies the pages unchanged  median {At(baseline, 50),7:F1} ms");
        Console.WriteLine($"  stamped copy                                 median {At(stamped, 50),7:F1} ms ({At(stamped, 50) / At(baseline, 50):F2}× baseline); 450 delegates' copies ≈ {At(stamped, 50) * 450 / 1000:F1} s of one core");
    }

    private static double At(List<double> sorted, int percent) => sorted[Math.Min(sorted.Count - 1, sorted.Count * percent / 100)];
}
