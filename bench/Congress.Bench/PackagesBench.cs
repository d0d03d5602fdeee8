using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Documents.Contracts.Packages;
using Congress.Shared.Kernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

using static Congress.Bench.BenchHttp;

namespace Congress.Bench;

/// <summary>
/// Tablets syncing at once (issue 12: 450 delegates fetching a 20 MB package), over loopback HTTP through the real host on the
/// demo congress. The staff upload real PDFs (written here by PdfPig's writer: a Vietnamese heading in DejaVu Sans and a
/// photograph-like image of incompressible pixels on every page, as scanned annexes and illustrated reports are) until they
/// hold 20 MiB; each delegate registers a tablet of their own (a P-256 key made here) and fetches their package
/// (<c>GET /api/documents/devices/{id}/package</c>: watermarked for them, encrypted for the device — ADR 0024), all at once,
/// every answer read as a stream and counted, never buffered. Baseline, same run, same Kestrel: the same PDF bytes
/// concatenated, unencrypted, answered as a static file by a bench-only endpoint (<c>/bench/plain</c>, added by this bench, not in
/// the product), fetched the same way. Reported: throughput as the ratio of the two (content bytes per second), p50/p99 per
/// fetch, bytes on the wire, the process's peak memory; one package opened with <see cref="TabletPackageReader"/> as a tablet
/// would, to show what was timed is a package that opens. A second round of the same fetches follows (a tablet syncing again).
/// </summary>
internal static class PackagesBench
{
    private const long PackageBytes = 20L * 1024 * 1024;
    private const int PagesPerDocument = 25, ImageSide = 185; // 185 × 185 RGB ≈ 100 KiB of pixels a page

    /// <param name="firstInFlight">Fetches in flight in the first sync (the packages are built then); the other rounds use <paramref name="inFlight"/>.</param>
    /// <param name="prepared">
    /// "Prepared first sync" (docs/adr/0031): after the tablets are registered, the organising committee prepares every tablet's
    /// package (<c>POST …/devices/packages</c>, built in the background and kept) — timed until every package is recorded and on
    /// disk, reported as packages/s and disk used — and only then do the 450 first syncs come, all at once. Without it the
    /// first sync builds each package in the request (nothing prepared: the automatic preparation is switched off in both modes,
    /// so that registering does not prepare behind the bench's back).
    /// </param>
    public static async Task<int> RunAsync(string connectionString, int tablets, int inFlight, int firstInFlight, bool prepared = false)
    {
        var keys = Path.Combine(Path.GetTempPath(), $"congress-bench-keys-{Guid.NewGuid():N}");
        var index = Path.Combine(Path.GetTempPath(), $"congress-bench-index-{Guid.NewGuid():N}");
        byte[] plain = [];
        var plainFile = Path.Combine(Path.GetTempPath(), $"congress-bench-plain-{Guid.NewGuid():N}.bin");
        try
        {
            await using var host = await BenchHost.StartAsync(connectionString,
                [$"--Secrets:Directory={keys}", $"--Documents:IndexDirectory={index}", "--Documents:PreparePackagesAhead=false"],
                services => services.AddSingleton<IStartupFilter>(new PlainBytes(plainFile)));
            var (app, http, congressId, province) = (host.App, host.Http, host.CongressId, host.Province);
            http.Timeout = TimeSpan.FromMinutes(30);

            // 1. The documents: real PDFs uploaded into the demo congress, 20 MiB in all
            var staff = Token(app, Roles.OrganisingCommittee, province, null);
            var files = new List<byte[]>();
            var uploading = Stopwatch.StartNew();
            for (var d = 1; files.Sum(f => (long)f.Length) < PackageBytes; d++)
            {
                var pdf = Pdf(d, Math.Min(PagesPerDocument, (int)((PackageBytes - files.Sum(f => (long)f.Length)) / (ImageSide * ImageSide * 3)) + 1));
                using var form = new MultipartFormDataContent();
                var content = new ByteArrayContent(pdf);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                form.Add(content, "file", $"van-kien-{d}.pdf");
                form.Add(new StringContent($"Văn kiện số {d} (có ảnh minh họa)"), "title");
                form.Add(new StringContent("Internal"), "classification");
                form.Add(new StringContent("AllDelegates"), "audience");
                using var uploaded = await http.SendAsync(Authorised(new HttpRequestMessage(HttpMethod.Post, $"/api/documents/congresses/{congressId}/documents") { Content = form }, staff));
                if (!uploaded.IsSuccessStatusCode) throw new InvalidOperationException($"upload: {(int)uploaded.StatusCode} {await uploaded.Content.ReadAsStringAsync()}");
                files.Add(pdf);
            }
            plain = files.SelectMany(f => f).ToArray();
            await File.WriteAllBytesAsync(plainFile, plain);
            var uploadSeconds = uploading.Elapsed.TotalSeconds;

            // 2. The tablets: one per delegate, registered by the delegate with a key made here
            using var scope = app.Services.CreateScope();
            var delegates = (await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default))
                .Where(d => d.Kind == "Official").Take(tablets).ToList();
            if (delegates.Count < tablets) throw new InvalidOperationException($"the demo congress has {delegates.Count} official delegates, not {tablets}");
            var devices = new List<(Guid Id, string Token, ECDiffieHellman Key)>();
            IReadOnlyList<PackageSigningKey> pinned = [];
            foreach (var person in delegates)
            {
                var token = Token(app, Roles.Delegate, province, person.DelegateId); // a delegate of the provincial congress, as the demo accounts are
                var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
                using var registered = await SendAsync(http, token, HttpMethod.Post, $"/api/documents/congresses/{congressId}/devices",
                    new { label = $"Máy tính bảng {person.Code}", publicKey = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()) });
                var answer = (await registered.Content.ReadFromJsonAsync<Registered>())!;
                pinned = answer.SigningKeys;
                devices.Add((answer.Device.Id, token, key));
            }

            // 2b. Prepared ahead: the committee prepares every tablet the day before, timed until all are recorded and kept
            double prepareSeconds = 0;
            long keptBytes = 0;
            var keptFiles = 0;
            if (prepared)
            {
                var root = index + ".packages";
                var preparing = Stopwatch.StartNew();
                using (var asked = await SendAsync(http, staff, HttpMethod.Post, $"/api/documents/congresses/{congressId}/devices/packages", new { }))
                    if ((int)asked.StatusCode != 202) throw new InvalidOperationException($"prepare: {(int)asked.StatusCode} {await asked.Content.ReadAsStringAsync()}");
                var ids = devices.Select(d => d.Id).ToHashSet();
                for (var ready = 0; ; await Task.Delay(500))
                {
                    using var listed = await http.SendAsync(Authorised(new HttpRequestMessage(HttpMethod.Get, $"/api/documents/congresses/{congressId}/devices"), staff));
                    var list = (await listed.Content.ReadFromJsonAsync<List<ListedDevice>>())!;
                    ready = list.Count(d => ids.Contains(d.Id) && d.FullPackageAtUtc is not null);
                    keptFiles = Directory.Exists(root) ? Directory.GetFiles(root, "*.json.gz").Length : 0;
                    if (ready == tablets && keptFiles >= tablets) break;
                    if (preparing.Elapsed > TimeSpan.FromMinutes(30)) throw new InvalidOperationException($"prepared {ready} of {tablets} in 30 minutes");
                }
                prepareSeconds = preparing.Elapsed.TotalSeconds;
                keptBytes = new DirectoryInfo(root).EnumerateFiles("*.json.gz").Sum(f => f.Length);
            }

            // A tablet's sync: its HTTP client accepts gzip (every platform's does) and inflates what comes so — the tablet's CPU, not timed here
            HttpRequestMessage Fetch(int i)
            {
                var message = Authorised(new HttpRequestMessage(HttpMethod.Get, $"/api/documents/devices/{devices[i].Id}/package"), devices[i].Token);
                message.Headers.AcceptEncoding.ParseAdd("gzip");
                return message;
            }

            // 3. Warm-up (the JIT, both paths), then one package opened as a tablet opens it (prepared: it is the first sync of that tablet)
            await Storm(http, 4, 4, _ => new HttpRequestMessage(HttpMethod.Get, "/bench/plain"));
            TabletPackage sample;
            string sampleEncoding;
            using (var response = await http.SendAsync(Fetch(0)))
            {
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"package: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                // as a tablet's HTTP client does with Content-Encoding: gzip (a package kept on disk is sent as stored, docs/adr/0031)
                sampleEncoding = string.Join(",", response.Content.Headers.ContentEncoding) is { Length: > 0 } e ? e : "identity";
                await using var body = await response.Content.ReadAsStreamAsync();
                await using var inflated = sampleEncoding == "gzip" ? new GZipStream(body, CompressionMode.Decompress) : body;
                sample = (await System.Text.Json.JsonSerializer.DeserializeAsync<TabletPackage>(inflated, System.Text.Json.JsonSerializerOptions.Web))!;
            }
            var opened = TabletPackageReader.Open(sample, devices[0].Key, pinned, devices[0].Id, DateTime.UtcNow);
            var openedBytes = opened.Sum(o => (long)o.Content.Length);

            // 4. The storms: baseline, the packages, the packages again
            GC.Collect();
            var baseline = await Storm(http, tablets, inFlight, _ => new HttpRequestMessage(HttpMethod.Get, "/bench/plain"));
            var first = await Storm(http, tablets, firstInFlight, Fetch);
            var again = await Storm(http, tablets, inFlight, Fetch);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;

            double Mb(long bytes) => bytes / 1024.0 / 1024.0;
            var contentBytes = (double)plain.Length * tablets;
            Console.WriteLine($"Tablet packages: {tablets} delegates' tablets fetch their package ({firstInFlight} in flight for the first sync, {inFlight} for the baseline and the second), loopback HTTP through the host, {connectionString.Split(';')[0]}");
            Console.WriteLine($"  content: {files.Count} PDFs uploaded ({files.Sum(f => PagesOf(f))} pages with images), {Mb(plain.Length):F1} MiB (upload + extraction + indexing {uploadSeconds:F1} s)");
            Console.WriteLine($"  one package opened by TabletPackageReader: {opened.Count} files, {Mb(openedBytes):F1} MiB watermarked plaintext, signature and every GCM tag good (sent with Content-Encoding {sampleEncoding}, inflated by the client)");
            void Line(string name, Result r) => Console.WriteLine(
                $"  {name,-34} {r.Seconds,7:F2} s  {Mb((long)(contentBytes / r.Seconds)),7:F0} MiB/s of content  {Mb(r.WireBytes / tablets),6:F1} MiB/fetch on the wire  p50 {r.P50,7:F0} ms  p99 {r.P99,7:F0} ms  failed {r.Failures}  ratio {baseline.Seconds / r.Seconds:F3}");
            Line("baseline: the same bytes, plain", baseline);
            if (prepared)
                Console.WriteLine($"  prepared ahead: {tablets} packages in {prepareSeconds:F1} s = {tablets / prepareSeconds:F2} packages/s ({Environment.ProcessorCount} cores); " +
                                  $"kept on disk: {keptFiles} files, {Mb(keptBytes):F0} MiB ({Mb(keptBytes / Math.Max(1, keptFiles)):F1} MiB a tablet)");
            Line(prepared ? "packages (first sync, prepared)" : "packages (first sync)", first);
            Line("packages (the same tablets again)", again);
            Console.WriteLine($"  peak working set of the process (host and clients): {Mb(peak):F0} MiB");
            var ratio = baseline.Seconds / first.Seconds;
            Console.WriteLine($"  goal: throughput ≥ 0.7 of plain Kestrel -> first sync {ratio:F3} {(ratio >= 0.7 ? "met" : "NOT met")}; again {baseline.Seconds / again.Seconds:F3} {(baseline.Seconds / again.Seconds >= 0.7 ? "met" : "NOT met")}");
            foreach (var device in devices) device.Key.Dispose();
            return first.Failures + again.Failures == 0 ? 0 : 1;
        }
        finally
        {
            foreach (var directory in new[] { keys, index, index + ".packages" })
                if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
            File.Delete(plainFile);
        }
    }

    private sealed record Result(double Seconds, long WireBytes, double P50, double P99, int Failures);

    /// <summary>Closed loop, every answer read as a stream into a counter (450 × 20 MiB buffered would be 9 GiB).</summary>
    private static async Task<Result> Storm(HttpClient http, int count, int inFlight, Func<int, HttpRequestMessage> request)
    {
        var latencies = new double[count];
        long bytes = 0;
        var failures = 0;
        var started = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (i, ct) =>
        {
            using var message = request(i);
            var sent = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct);
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            var buffer = new byte[81920];
            long read = 0;
            for (int n; (n = await body.ReadAsync(buffer, ct)) > 0;) read += n;
            latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            Interlocked.Add(ref bytes, read);
            if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
        });
        var seconds = started.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        return new Result(seconds, bytes, latencies[count / 2], latencies[Math.Min(count - 1, (int)(count * 0.99))], failures);
    }

    /// <summary>A PDF of <paramref name="pages"/> pages, each a heading in DejaVu Sans and an image of random pixels.</summary>
    private static byte[] Pdf(int number, int pages)
    {
        var random = new Random(number);
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        for (var p = 1; p <= pages; p++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText($"Văn kiện số {number} — Phụ lục ảnh, trang {p}: kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh", 11, new PdfPoint(40, 800), font);
            page.AddPng(Png(random, ImageSide, ImageSide), new PdfRectangle(40, 200, 555, 760));
        }
        return builder.Build();
    }

    private static int PagesOf(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    /// <summary>A PNG (RGB, 8 bits) of random pixels: what a photograph is to a compressor.</summary>
    private static byte[] Png(Random random, int width, int height)
    {
        var raw = new byte[height * (1 + width * 3)];
        random.NextBytes(raw);
        for (var y = 0; y < height; y++) raw[y * (1 + width * 3)] = 0; // filter: none
        return Congress.Testing.PngFile.Rgb(width, height, raw, CompressionLevel.Fastest);
    }

    /// <summary>The baseline: <c>GET /bench/plain</c> answers the same PDF bytes, unencrypted, as a static file (Kestrel's SendFile), before any other middleware.</summary>
    private sealed class PlainBytes(string path) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                if (context.Request.Path != "/bench/plain") { await following(context); return; }
                context.Response.ContentType = "application/octet-stream";
                context.Response.ContentLength = new FileInfo(path).Length;
                await context.Response.SendFileAsync(path, context.RequestAborted);
            });
            next(app);
        };
    }

    private sealed record Registered(Device Device, IReadOnlyList<PackageSigningKey> SigningKeys);
    private sealed record ListedDevice(Guid Id, DateTime? FullPackageAtUtc);
    private sealed record Device(Guid Id);
}
