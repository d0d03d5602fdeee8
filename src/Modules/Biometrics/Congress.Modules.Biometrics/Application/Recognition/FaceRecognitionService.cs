using Congress.Modules.Biometrics.Application.Gallery;
using Congress.Modules.Biometrics.Application.Pipeline;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Contracts;
using Congress.Modules.Biometrics.Domain.Templates;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Biometrics.Application.Recognition;

/// <summary>
/// What Attendance's kiosk calls: the largest face in the frame, liveness first, then 1:N over the congress's gallery with
/// a threshold and a margin over the runner-up. "Unknown" is an answer; so is "Unavailable" when the engine is not here.
/// Every attempt is recorded with its scores (no image).
/// </summary>
internal sealed class FaceRecognitionService(
    IFaceEngineStatus engine, FaceAnalyzer analyzer, GalleryLoader galleries, IOptions<BiometricsOptions> options,
    IServiceScopeFactory scopes, IClock clock, ILogger<FaceRecognitionService> logger) : IFaceRecognition
{
    public async Task<FaceMatch> IdentifyAsync(Guid congressId, ReadOnlyMemory<byte> encodedImage, CancellationToken cancellationToken)
    {
        var match = await MatchAsync(congressId, encodedImage, cancellationToken);
        if (match.Outcome != FaceMatchOutcome.Unavailable) await RecordAsync(congressId, match, cancellationToken);
        return match;
    }

    /// <summary>Identification without recording the attempt (the evaluate verb and the bench).</summary>
    public async Task<FaceMatch> MatchAsync(Guid congressId, ReadOnlyMemory<byte> encodedImage, CancellationToken cancellationToken)
    {
        if (!engine.IsAvailable) return Unavailable(string.Join("; ", engine.Missing));
        try
        {
            var analysis = await Task.Run(() => analyzer.Detect(encodedImage.Span), cancellationToken);
            if (analysis.Image is null) return new FaceMatch(FaceMatchOutcome.BadImage, null, 0, null, analysis.Problem!.Message);
            return await MatchFacesAsync(congressId, analysis.Image, analysis.Faces, cancellationToken);
        }
        catch (FaceEngineUnavailableException e)
        {
            return Unavailable(e.Message);
        }
    }

    /// <summary>A frame from an entrance gate's camera, already decoded; recorded like a kiosk's attempt unless nobody was in it.</summary>
    public async Task<FaceMatch> IdentifyFrameAsync(Guid congressId, RgbImage frame, CancellationToken cancellationToken)
    {
        if (!engine.IsAvailable) return Unavailable(string.Join("; ", engine.Missing));
        FaceMatch match;
        try
        {
            var faces = await Task.Run(() => analyzer.Detect(frame), cancellationToken);
            match = await MatchFacesAsync(congressId, frame, faces, cancellationToken);
        }
        catch (FaceEngineUnavailableException e)
        {
            return Unavailable(e.Message);
        }
        if (match.Outcome != FaceMatchOutcome.NoFace) await RecordAsync(congressId, match, cancellationToken);
        return match;
    }

    private static FaceMatch Unavailable(string missing) => new(FaceMatchOutcome.Unavailable, null, 0, null,
        "Nhận diện khuôn mặt chưa sẵn sàng; dùng mã QR hoặc điểm danh thủ công (face recognition unavailable: " + missing + ").");

    /// <summary>The largest face of the image: size, liveness, then 1:N with threshold and margin.</summary>
    private async Task<FaceMatch> MatchFacesAsync(Guid congressId, RgbImage image, IReadOnlyList<FaceBox> faces, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var largest = faces.FirstOrDefault();
        if (faces.Count == 0 || largest.Size < o.MinIdentifyFaceSize)
            return new FaceMatch(FaceMatchOutcome.NoFace, null, 0, null,
                faces.Count == 0 ? "Không thấy khuôn mặt; hãy nhìn thẳng vào máy ảnh (no face)." : $"Khuôn mặt quá nhỏ ({largest.Size:F0} điểm ảnh); hãy lại gần hơn (face too small).");
        var face = await Task.Run(() => analyzer.Describe(image, largest, withLiveness: o.SpoofThreshold < 1), cancellationToken);
        if (face.SpoofScore is { } spoof && spoof > o.SpoofThreshold)
            return new FaceMatch(FaceMatchOutcome.Spoof, null, 0, 1 - spoof, $"Nghi ảnh chụp lại hoặc màn hình (điểm {spoof:F2} > {o.SpoofThreshold:F2}); mời đại biểu đến bàn thủ công (spoof suspected).");

        var gallery = await galleries.GetAsync(congressId, cancellationToken);
        var found = gallery.Search(face.Embedding);
        if (found.DelegateId is { } delegateId && found.Best >= o.MatchThreshold && found.Best - found.RunnerUp >= o.MatchMargin)
            return new FaceMatch(FaceMatchOutcome.Recognised, delegateId, found.Best, Liveness(face), $"Đã nhận diện (độ tương đồng {found.Best:F2}) (recognised).");
        var why = gallery.Count == 0 ? "chưa có ai đăng ký khuôn mặt cho đại hội này"
            : found.Best < o.MatchThreshold ? $"độ tương đồng cao nhất {found.Best:F2} < ngưỡng {o.MatchThreshold:F2}"
            : $"hai người quá giống nhau ({found.Best:F2} và {found.RunnerUp:F2})";
        return new FaceMatch(FaceMatchOutcome.Unknown, null, Math.Max(0, found.Best), Liveness(face), $"Không nhận ra đại biểu: {why} (unknown).");
    }

    /// <summary>The contract's liveness score: 1 − the model's spoof score (1 = surely live).</summary>
    private static float? Liveness(AnalysedFace face) => face.SpoofScore is { } spoof ? 1 - spoof : null;

    public async Task<IReadOnlySet<Guid>> EnrolledDelegateIdsAsync(Guid congressId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiometricsDbContext>();
        return (await db.Templates.AsNoTracking().Where(t => t.CongressId == congressId).Select(t => t.DelegateId).ToListAsync(cancellationToken)).ToHashSet();
    }

    private async Task RecordAsync(Guid congressId, FaceMatch match, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BiometricsDbContext>();
            db.Attempts.Add(RecognitionAttempt.Record(congressId, clock.UtcNow, match.Outcome.ToString(), match.DelegateId, match.Similarity, match.LivenessScore is { } live ? 1 - live : null));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            // The kiosk's answer matters more than its log line.
            logger.LogWarning(e, "Could not record a recognition attempt for congress {CongressId}", congressId);
        }
    }
}
