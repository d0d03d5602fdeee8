using Congress.Modules.Biometrics.Application.Access;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Application.Recognition.GetFaceMatch;
using Congress.Modules.Biometrics.Application.Templates;
using Congress.Modules.Biometrics.Application.Templates.EnrolDelegate;
using Congress.Modules.Biometrics.Application.Templates.EnrolFromArchive;
using Congress.Modules.Biometrics.Application.Templates.GetEnrolmentBatch;
using Congress.Modules.Biometrics.Application.Templates.GetEnrolments;
using Congress.Modules.Biometrics.Application.Templates.RemoveEnrolment;
using Congress.Modules.Biometrics.Contracts;
using Congress.Shared.Infrastructure.Web;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Biometrics.Endpoints;

/// <summary>
/// Enrolment from a delegate's photo, the enrolled list, removal, and identification of a photo. Photos come as the raw
/// body (Content-Type image/jpeg or image/png) or as the "photo" field of a multipart form; they are never stored.
/// </summary>
internal static class BiometricsEndpoints
{
    internal sealed record EngineStatusDto(bool Available, IReadOnlyList<string> Missing);

    public static void Map(RouteGroupBuilder group)
    {
        var faces = group.MapGroup("/").WithTags("Biometrics");

        faces.MapPut("/congresses/{congressId:guid}/delegates/{delegateId:guid}/face",
                async Task<Results<Ok<EnrolmentDto>, ProblemHttpResult>> (Guid congressId, Guid delegateId, HttpRequest request, IMediator mediator, IOptions<BiometricsOptions> options, CancellationToken ct) =>
                {
                    var photo = await ReadPhotoAsync(request, options.Value.MaxImageBytes, ct);
                    if (photo.IsFailure) return photo.Error!.ToProblem();
                    return (await mediator.Send(new EnrolDelegateCommand(congressId, delegateId, photo.Value), ct)).ToOk();
                })
            .Accepts<IFormFile>("image/jpeg", "image/png", "multipart/form-data")
            .DisableAntiforgery()
            .RequireAuthorization(p => p.RequireRole(BiometricsRoles.Enrol))
            .WithSummary("Enrol (or re-enrol) a delegate's face from one photo: exactly one face, large enough, not a spoof; the photo is not kept");

        faces.MapPost("/congresses/{congressId:guid}/enrolment-batches",
                async Task<Results<Created<Guid>, ProblemHttpResult>> (Guid congressId, HttpRequest request, IMediator mediator, IOptions<BiometricsOptions> options, CancellationToken ct) =>
                {
                    var archive = await ReadPhotoAsync(request, options.Value.MaxArchiveBytes, ct, "archive");
                    if (archive.IsFailure) return archive.Error!.ToProblem();
                    var name = request.HasFormContentType ? (request.Form.Files.GetFile("archive") ?? request.Form.Files.FirstOrDefault())?.FileName ?? "archive.zip" : "archive.zip";
                    return (await mediator.Send(new EnrolFromArchiveCommand(congressId, name, archive.Value), ct)).ToCreated(id => $"/api/biometrics/enrolment-batches/{id}");
                })
            .Accepts<IFormFile>("application/zip", "multipart/form-data")
            .DisableAntiforgery()
            .RequireAuthorization(p => p.RequireRole(BiometricsRoles.Enrol))
            .WithSummary("Enrol a zip of delegates' photos (one per delegate, named by badge code) in the background; follow its progress at the returned location");

        faces.MapGet("/enrolment-batches/{batchId:guid}", async Task<Results<Ok<EnrolmentBatchDto>, ProblemHttpResult>> (Guid batchId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetEnrolmentBatchQuery(batchId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(BiometricsRoles.Read))
            .WithSummary("An enrolment archive's progress, and each photo refused with the reason");

        faces.MapGet("/congresses/{congressId:guid}/enrolments", async Task<Results<Ok<IReadOnlyList<EnrolmentDto>>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetEnrolmentsQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(BiometricsRoles.Read))
            .WithSummary("The delegates of a congress with a face template on file");

        faces.MapDelete("/congresses/{congressId:guid}/delegates/{delegateId:guid}/face", async Task<Results<NoContent, ProblemHttpResult>> (Guid congressId, Guid delegateId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RemoveEnrolmentCommand(congressId, delegateId), ct)).ToNoContent())
            .RequireAuthorization(p => p.RequireRole(BiometricsRoles.Enrol))
            .WithSummary("Delete a delegate's face template");

        faces.MapPost("/congresses/{congressId:guid}/identify",
                async Task<Results<Ok<FaceMatch>, ProblemHttpResult>> (Guid congressId, HttpRequest request, IMediator mediator, IOptions<BiometricsOptions> options, CancellationToken ct) =>
                {
                    var photo = await ReadPhotoAsync(request, options.Value.MaxImageBytes, ct);
                    if (photo.IsFailure) return photo.Error!.ToProblem();
                    var match = await mediator.Send(new GetFaceMatchQuery(congressId, photo.Value), ct);
                    if (match.IsFailure) return match.Error!.ToProblem();
                    // A photo the server cannot read is the client's mistake: 400 with the reason.
                    return match.Value.Outcome == FaceMatchOutcome.BadImage
                        ? new Error("biometrics.image.bad", match.Value.Reason).ToProblem()
                        : TypedResults.Ok(match.Value);
                })
            .Accepts<IFormFile>("image/jpeg", "image/png", "multipart/form-data")
            .DisableAntiforgery()
            .RequireAuthorization(p => p.RequireRole(BiometricsRoles.Identify))
            .WithSummary("Who is the largest face in this photo among the congress's enrolled delegates (Recognised, Unknown, NoFace, Spoof, Unavailable)");

        faces.MapGet("/status", (IFaceEngineStatus engine) => TypedResults.Ok(new EngineStatusDto(engine.IsAvailable, engine.Missing)))
            .RequireAuthorization(p => p.RequireRole(BiometricsRoles.Read))
            .WithSummary("Whether face recognition runs on this server, and if not what is missing");
    }

    /// <summary>The photo from the raw body or the form's "photo" file, refusing more than <paramref name="maxBytes"/> without reading it all.</summary>
    private static async Task<Result<ReadOnlyMemory<byte>>> ReadPhotoAsync(HttpRequest request, int maxBytes, CancellationToken ct, string field = "photo")
    {
        var tooLarge = new Error("biometrics.image.too_large", $"Tệp quá lớn (tối đa {maxBytes / 1048576} MB) (too large).");
        // Our own limit replaces Kestrel's default (30 MB) so an archive can be large and a photo cannot.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBytes + 1024 * 1024L;
        if (request.ContentLength > maxBytes) return tooLarge;
        Stream source;
        Stream? owned = null;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(ct);
            }
            catch (Exception e) when (e is InvalidDataException or IOException && !ct.IsCancellationRequested)
            {
                // No boundary, a truncated part, a header too long: the client's mistake, refused before anything is done.
                return new Error("biometrics.form.malformed", "Biểu mẫu multipart gửi lên sai định dạng hoặc bị cắt cụt (malformed multipart body).");
            }
            var file = form.Files.GetFile(field) ?? form.Files.FirstOrDefault();
            if (file is null) return new Error("biometrics.image.missing", $"Chưa gửi tệp: trường \"{field}\" của biểu mẫu (no file).");
            if (file.Length > maxBytes) return tooLarge;
            source = owned = file.OpenReadStream();
        }
        else source = request.Body;
        await using (owned)
        {
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > maxBytes) return tooLarge;
                buffer.Write(chunk, 0, read);
            }
            if (buffer.Length == 0) return new Error("biometrics.image.empty", "Ảnh rỗng (empty image).");
            return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }
}
