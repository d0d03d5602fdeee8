using Congress.Modules.Biometrics.Application.Access;
using Congress.Modules.Biometrics.Application.Gallery;
using Congress.Modules.Biometrics.Application.Pipeline;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Domain.Templates;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Biometrics.Application.Templates.EnrolDelegate;

internal sealed class EnrolDelegateCommandHandler(
    CongressGuard guard, IFaceEngineStatus engine, FaceAnalyzer analyzer, ITemplateProtector protector, BiometricsDbContext db,
    FaceGallery gallery, IOptions<BiometricsOptions> options, IClock clock, ICurrentUser user) : IRequestHandler<EnrolDelegateCommand, Result<EnrolmentDto>>
{
    public async Task<Result<EnrolmentDto>> Handle(EnrolDelegateCommand command, CancellationToken cancellationToken)
    {
        var found = await guard.FindDelegateAsync(command.CongressId, command.DelegateId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        if (!engine.IsAvailable) return FaceTemplateErrors.Unavailable;

        var described = await Task.Run(() => FaceEnrolment.Describe(analyzer, command.Photo.Span, options.Value), cancellationToken);
        if (described.IsFailure) return described.Error!;
        var face = described.Value;

        var sealedEmbedding = await protector.SealAsync(face.Embedding, command.CongressId, command.DelegateId, cancellationToken);
        var template = await db.Templates.FirstOrDefaultAsync(t => t.CongressId == command.CongressId && t.DelegateId == command.DelegateId, cancellationToken);
        var now = clock.UtcNow;
        var model = Path.GetFileName(options.Value.Models.Embedder);
        if (template is null)
        {
            template = FaceTemplate.Enrol(command.CongressId, command.DelegateId, sealedEmbedding, face.Embedding.Length, model,
                (int)face.Box.Size, face.Box.Score, face.SpoofScore, now, user.AuditName);
            db.Templates.Add(template);
        }
        else
        {
            template.Replace(sealedEmbedding, face.Embedding.Length, model, (int)face.Box.Size, face.Box.Score, face.SpoofScore, now, user.AuditName);
        }
        db.AfterCommit(_ => { gallery.Invalidate(command.CongressId); return Task.CompletedTask; });
        var delegateEntry = found.Value;
        return new EnrolmentDto(command.DelegateId, delegateEntry.Code, delegateEntry.FullName, template.FaceSize, template.DetectionScore, template.SpoofScore, now, user.AuditName);
    }
}

/// <summary>The enrolment rules on one photo: decodable, exactly one face, large enough, not a spoof.</summary>
internal static class FaceEnrolment
{
    public static Result<AnalysedFace> Describe(FaceAnalyzer analyzer, ReadOnlySpan<byte> photo, BiometricsOptions options)
    {
        var analysis = analyzer.Detect(photo);
        if (analysis.Image is null) return FaceTemplateErrors.BadImage(analysis.Problem!.Code, analysis.Problem.Message);
        if (analysis.Faces.Count == 0) return FaceTemplateErrors.NoFace;
        // Faces far smaller than the main one (people in the background) do not count against the photo.
        var main = analysis.Faces[0];
        var others = analysis.Faces.Count(f => f.Size >= main.Size * 0.5f);
        if (others > 1) return FaceTemplateErrors.SeveralFaces(others);
        if (main.Size < options.MinEnrolFaceSize) return FaceTemplateErrors.FaceTooSmall((int)main.Size, options.MinEnrolFaceSize);
        var face = analyzer.Describe(analysis.Image, main, withLiveness: options.SpoofThreshold < 1);
        if (face.SpoofScore is { } spoof && spoof > options.SpoofThreshold) return FaceTemplateErrors.Spoof(spoof);
        return face;
    }
}
