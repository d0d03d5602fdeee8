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
/// one file per device, <c>{device}.{content key}.{package}.{expiry ticks}.json</c>, exactly the JSON the endpoint answers;
/// written to a temporary name and moved into place, so a reader never sees half a package. Losing it costs only a rebuild.
/// </summary>
internal sealed class PackageCache(IOptions<DocumentsOptions> options, LuceneDocumentIndex index, ILogger<PackageCache> logger) : IPackageCache
{
    // as the endpoint writes it (base64 '+' not escaped as \u002B)
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Root => options.Value.PackageCacheDirectory is { Length: > 0 } configured ? Path.GetFullPath(configured) : index.Location.TrimEnd('/', '\\') + ".packages";

    public CachedPackage? Find(Guid deviceId, string contentKey, DateTime notExpiringBeforeUtc)
    {
        if (!Directory.Exists(Root)) return null;
        foreach (var file in Directory.EnumerateFiles(Root, $"{deviceId:N}.{contentKey}.*.json"))
        {
            var parts = Path.GetFileNameWithoutExtension(file).Split('.');
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
            var path = Path.Combine(Root, $"{deviceId:N}.{contentKey}.{packageId:N}.{expiresAtUtc.Ticks}.json");
            var temporary = path + $".{Guid.NewGuid():N}.tmp";
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                JsonSerializer.Serialize(stream, package, Json);
            File.Move(temporary, path, overwrite: true);
            foreach (var older in Directory.EnumerateFiles(Root, $"{deviceId:N}.*.json").Where(f => f != path)) File.Delete(older);
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
