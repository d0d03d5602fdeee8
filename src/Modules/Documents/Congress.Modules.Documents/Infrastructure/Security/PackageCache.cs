using System.IO.Compression;
using System.Text.Json;
using Congress.Modules.Documents.Application;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Contracts.Packages;
using Congress.Modules.Documents.Infrastructure.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Documents.Infrastructure.Security;

/// <summary>
/// The package cache on disk (<c>Documents:PackageCacheDirectory</c>, default the search index's folder + <c>.packages</c>):
/// one file per device, <c>{device}.{content key}.{package}.{expiry ticks}.json.gz</c>: exactly the JSON the endpoint answers,
/// gzip-compressed (Huffman coding only: the files are encrypted, but their base64 carries 6 bits a character — a quarter of
/// the JSON goes, on disk and on the wire to a client that accepts gzip; docs/adr/0031). Written to a temporary name and moved
/// into place, so a reader never sees half a package. Losing it costs only a rebuild.
/// </summary>
internal sealed class PackageCache(IOptions<DocumentsOptions> options, LuceneDocumentIndex index, ILogger<PackageCache> logger) : IPackageCache
{
    // as the endpoint writes it (base64 '+' not escaped as \u002B)
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Huffman coding alone: no string matching to search (encrypted bytes repeat nothing), ~0.1 s for 27 MB.</summary>
    private static readonly ZLibCompressionOptions Compression = new() { CompressionLevel = 1, CompressionStrategy = ZLibCompressionStrategy.HuffmanOnly };

    public const string Extension = ".json.gz";

    public string Root => options.Value.PackageCacheDirectory is { Length: > 0 } configured ? Path.GetFullPath(configured) : index.Location.TrimEnd('/', '\\') + ".packages";

    public CachedPackage? Find(Guid deviceId, string contentKey, DateTime notExpiringBeforeUtc)
    {
        if (!Directory.Exists(Root)) return null;
        foreach (var file in Directory.EnumerateFiles(Root, $"{deviceId:N}.{contentKey}.*{Extension}"))
        {
            var parts = Path.GetFileName(file)[..^Extension.Length].Split('.');
            if (parts.Length == 4 && Guid.TryParseExact(parts[2], "N", out var packageId) && long.TryParse(parts[3], out var ticks)
                && ticks >= notExpiringBeforeUtc.Ticks)
                return new CachedPackage(packageId, new DateTime(ticks, DateTimeKind.Utc), file);
        }
        return null;
    }

    public string? Store(Guid deviceId, string contentKey, Guid packageId, DateTime expiresAtUtc, TabletPackage package)
    {
        try
        {
            Directory.CreateDirectory(Root);
            var path = Path.Combine(Root, $"{deviceId:N}.{contentKey}.{packageId:N}.{expiresAtUtc.Ticks}{Extension}");
            var temporary = path + $".{Guid.NewGuid():N}.tmp";
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var compressed = new GZipStream(stream, Compression))
                JsonSerializer.Serialize(compressed, package, Json);
            File.Move(temporary, path, overwrite: true);
            // superseded or expired: a device keeps one package on disk (older layouts' plain .json too)
            foreach (var older in Directory.EnumerateFiles(Root, $"{deviceId:N}.*.json").Concat(Directory.EnumerateFiles(Root, $"{deviceId:N}.*{Extension}"))
                         .Where(f => f != path).ToList())
                File.Delete(older);
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Documents: the package of device {DeviceId} could not be kept in {Path}; the next sync builds it again", deviceId, Root);
            return null;
        }
    }

    public void Forget(Guid deviceId)
    {
        if (!Directory.Exists(Root)) return;
        foreach (var file in Directory.EnumerateFiles(Root, $"{deviceId:N}.*"))
        {
            try { File.Delete(file); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { logger.LogWarning(ex, "Documents: could not drop {File}", file); }
        }
    }
}
