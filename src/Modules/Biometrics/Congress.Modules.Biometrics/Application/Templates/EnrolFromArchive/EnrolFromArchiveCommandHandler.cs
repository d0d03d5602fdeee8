using System.IO.Compression;
using Congress.Modules.Biometrics.Application.Access;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Domain.Templates;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Biometrics.Application.Templates.EnrolFromArchive;

internal sealed class EnrolFromArchiveCommandHandler(
    CongressGuard guard, IFaceEngineStatus engine, BiometricsDbContext db, IJobScheduler jobs, IOptions<BiometricsOptions> options, IClock clock, ICurrentUser user)
    : IRequestHandler<EnrolFromArchiveCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(EnrolFromArchiveCommand command, CancellationToken cancellationToken)
    {
        var allowed = await guard.CheckCongressAsync(command.CongressId, cancellationToken);
        if (allowed.IsFailure) return allowed.Error!;
        if (!engine.IsAvailable) return FaceTemplateErrors.Unavailable;
        var bytes = command.Archive.ToArray();
        var photos = ArchivePhotos.List(bytes, options.Value);
        if (photos.IsFailure) return photos.Error!;
        var batch = EnrolmentBatch.Queue(command.CongressId, Path.GetFileName(command.FileName), bytes, photos.Value.Count, clock.UtcNow, user.AuditName);
        db.Batches.Add(batch);
        db.AfterCommit(ct => jobs.EnqueueAsync<EnrolFromArchiveJob>($"biometrics.batch.{batch.Id.Value}", batch.Id.Value.ToString(), ct));
        return batch.Id.Value;
    }
}

/// <summary>The photos of an enrolment archive, checked before anything is queued: a zip, not too many entries, none too large.</summary>
internal static class ArchivePhotos
{
    private static readonly string[] Extensions = [".jpg", ".jpeg", ".png"];

    public static Result<IReadOnlyList<ZipArchiveEntry>> List(byte[] archive, BiometricsOptions options)
    {
        ZipArchive zip;
        try { zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read); }
        catch (InvalidDataException) { return new Error("biometrics.archive.invalid", "Tệp không phải tệp nén ZIP hợp lệ (not a zip)."); }
        var photos = zip.Entries.Where(e => e.Length > 0 && Extensions.Contains(Path.GetExtension(e.Name).ToLowerInvariant())).OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
        if (photos.Count == 0) return new Error("biometrics.archive.empty", "Tệp nén không có ảnh JPEG hoặc PNG nào (no photos).");
        if (photos.Count > options.MaxArchiveEntries)
            return new Error("biometrics.archive.too_many", $"Tệp nén có {photos.Count} ảnh, tối đa {options.MaxArchiveEntries} (too many photos).");
        // A zip bomb declares its sizes honestly or lies; the declared ones are checked here, the real ones while reading.
        if (photos.FirstOrDefault(e => e.Length > options.MaxImageBytes) is { } large)
            return new Error("biometrics.archive.photo_too_large", $"Ảnh {large.FullName} quá lớn ({large.Length / 1048576.0:F1} MB, tối đa {options.MaxImageBytes / 1048576} MB).");
        return photos;
    }

    /// <summary>The entry's bytes, refusing to inflate more than <paramref name="max"/> whatever its header says.</summary>
    public static byte[]? Read(ZipArchiveEntry entry, int max)
    {
        using var stream = entry.Open();
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
