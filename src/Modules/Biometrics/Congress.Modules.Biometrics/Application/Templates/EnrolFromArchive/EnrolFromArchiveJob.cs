using System.IO.Compression;
using Congress.Modules.Biometrics.Application.Gallery;
using Congress.Modules.Biometrics.Application.Pipeline;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Application.Templates.EnrolDelegate;
using Congress.Modules.Biometrics.Domain.Templates;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Biometrics.Application.Templates.EnrolFromArchive;

/// <summary>
/// Enrols an archive photo by photo, each in its own audited transaction with the batch's progress, so the organisers see
/// it advance and one bad photo costs only itself. The archive is dropped from the database when the batch ends.
/// </summary>
internal sealed class EnrolFromArchiveJob(IServiceScopeFactory scopes, FaceGallery gallery, IClock clock, ILogger<EnrolFromArchiveJob> logger) : IJob
{
    public async Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var batchId = new EnrolmentBatchId(Guid.Parse(context.Argument!));
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<BiometricsDbContext>();
        var batch = await db.Batches.FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || batch.Archive is null || batch.Status is "Done" or "Failed") return;
        var options = services.GetRequiredService<IOptions<BiometricsOptions>>().Value;
        var analyzer = services.GetRequiredService<FaceAnalyzer>();
        var protector = services.GetRequiredService<ITemplateProtector>();
        var roster = (await services.GetRequiredService<IDelegateRoster>().ListAsync(batch.CongressId, cancellationToken))
            .ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        try
        {
            batch.Start();
            await db.SaveChangesAsync(cancellationToken);
            var photos = ArchivePhotos.List(batch.Archive, options);
            if (photos.IsFailure) { await FinishAsync(db, batch, photos.Error!.Message, cancellationToken); return; }
            foreach (var entry in photos.Value.Skip(batch.Processed))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await using var transaction = await db.BeginAsync(cancellationToken);
                var outcome = await EnrolAsync(db, analyzer, protector, options, roster, batch, entry, cancellationToken);
                batch.Record(outcome.IsSuccess, outcome.IsFailure ? $"{entry.FullName}: {outcome.Error!.Message}" : null);
                await transaction.CommitAsync("EnrolDelegateFromArchive",
                    new { BatchId = batch.Id.Value, Photo = entry.FullName, Enrolled = outcome.IsSuccess, Refused = outcome.Error?.Code }, cancellationToken);
            }
            await FinishAsync(db, batch, null, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Enrolment batch {BatchId} failed", batchId.Value);
            db.ChangeTracker.Clear();
            var fresh = await db.Batches.FirstAsync(b => b.Id == batchId, cancellationToken);
            await FinishAsync(db, fresh, "Lỗi hệ thống khi đăng ký; các ảnh đã xử lý vẫn được giữ (system error).", cancellationToken);
        }
        finally { gallery.Invalidate(batch.CongressId); }
    }

    private async Task FinishAsync(BiometricsDbContext db, EnrolmentBatch batch, string? failure, CancellationToken cancellationToken)
    {
        batch.Finish(clock.UtcNow, failure);
        await using var transaction = await db.BeginAsync(cancellationToken);
        await transaction.CommitAsync("FinishEnrolmentBatch", new { BatchId = batch.Id.Value, batch.Status, batch.Enrolled, batch.Processed, batch.Total }, cancellationToken);
    }

    private async Task<Result> EnrolAsync(BiometricsDbContext db, FaceAnalyzer analyzer, ITemplateProtector protector, BiometricsOptions options,
        Dictionary<string, RosterEntry> roster, EnrolmentBatch batch, ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        var code = Path.GetFileNameWithoutExtension(entry.Name).Trim();
        if (!roster.TryGetValue(code, out var delegateEntry))
            return Error.NotFound("biometrics.archive.unknown_code", $"không có đại biểu mã {code} trong đại hội (no delegate with this code)");
        byte[]? photo;
        try { photo = ArchivePhotos.Read(entry, options.MaxImageBytes); }
        // A damaged entry (bad deflate data, unsupported method) refuses that photo, not the whole batch.
        catch (InvalidDataException) { return new Error("biometrics.archive.photo_corrupt", "ảnh trong tệp nén bị hỏng, không giải nén được (corrupt entry)"); }
        if (photo is null) return new Error("biometrics.archive.photo_too_large", "ảnh giải nén lớn hơn khai báo (inflates beyond its size)");
        var described = FaceEnrolment.Describe(analyzer, photo, options);
        if (described.IsFailure) return described.Error!;
        var face = described.Value;
        var sealedEmbedding = await protector.SealAsync(face.Embedding, batch.CongressId, delegateEntry.DelegateId, cancellationToken);
        var model = Path.GetFileName(options.Models.Embedder);
        var template = await db.Templates.FirstOrDefaultAsync(t => t.CongressId == batch.CongressId && t.DelegateId == delegateEntry.DelegateId, cancellationToken);
        var by = $"{batch.RequestedBy} (tệp {batch.FileName})";
        if (template is null)
            db.Templates.Add(FaceTemplate.Enrol(batch.CongressId, delegateEntry.DelegateId, sealedEmbedding, face.Embedding.Length, model,
                (int)face.Box.Size, face.Box.Score, face.SpoofScore, clock.UtcNow, by));
        else
            template.Replace(sealedEmbedding, face.Embedding.Length, model, (int)face.Box.Size, face.Box.Score, face.SpoofScore, clock.UtcNow, by);
        return Result.Success();
    }
}
