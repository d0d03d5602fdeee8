using Congress.Modules.Documents.Application;
using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Application.Documents.AttachToAgendaItem;
using Congress.Modules.Documents.Application.Documents.CompareVersions;
using Congress.Modules.Documents.Application.Documents.ListAgendaItemDocuments;
using Congress.Modules.Documents.Application.Documents.DownloadDocument;
using Congress.Modules.Documents.Application.Documents.GetDocument;
using Congress.Modules.Documents.Application.Documents.ListChanges;
using Congress.Modules.Documents.Application.Documents.ListDocuments;
using Congress.Modules.Documents.Application.Documents.SearchDocuments;
using Congress.Modules.Documents.Application.Documents.TraceWatermark;
using Congress.Modules.Documents.Application.Documents.UploadDocument;
using Congress.Modules.Documents.Application.Documents.UploadDocumentVersion;
using Congress.Modules.Documents.Application.Documents.ViewDocument;
using Congress.Modules.Documents.Application.Presidium.SetPresidium;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Shared.Infrastructure.Web;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Documents.Endpoints;

/// <summary>
/// /api/documents: upload (multipart) and new versions for the staff; list, details, view, download, diff and search for
/// every reader — each answer checked against classification and audience; watermark tracing for the organisers.
/// </summary>
internal static class DocumentEndpoints
{
    internal sealed record PresidiumRequest(IReadOnlyList<Guid> DelegateIds);

    internal sealed record AgendaItemRequest(Guid? AgendaItemId);

    private sealed record UploadedFile(string FileName, byte[] Content, IFormCollection Form);

    public static void Map(RouteGroupBuilder group)
    {
        var documents = group.MapGroup("/").WithTags("Documents");

        documents.MapGet("/congresses/{congressId:guid}/documents", async Task<Results<Ok<IReadOnlyList<DocumentDto>>, ProblemHttpResult>> (
                Guid congressId, IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListDocumentsQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Read))
            .WithSummary("The congress's documents the caller may read");

        documents.MapGet("/congresses/{congressId:guid}/changes", async Task<Results<Ok<DocumentChangesDto>, ProblemHttpResult>> (
                Guid congressId, DateTime? since, IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListChangesQuery(congressId, since), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Read))
            .WithSummary("For a tablet's sync: what the caller may read that is new or has a new version since ?since= (UTC, ISO 8601); asOfUtc is the next since");

        documents.MapPost("/congresses/{congressId:guid}/documents", async Task<Results<Created<DocumentDto>, ProblemHttpResult>> (
                Guid congressId, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var upload = await ReadUploadAsync(http, ct);
                if (upload.IsFailure) return upload.Error!.ToProblem(UploadStatus(upload.Error!));
                var form = upload.Value.Form;
                if (!Enum.TryParse<Classification>(form["classification"].ToString(), true, out var classification) || !Enum.IsDefined(classification))
                    return new Error("documents.classification", "Độ mật: Public, Internal hoặc Confidential.").ToProblem();
                var audienceText = form["audience"].ToString();
                var audience = AudienceKind.AllDelegates;
                if (audienceText.Length > 0 && (!Enum.TryParse(audienceText, true, out audience) || !Enum.IsDefined(audience)))
                    return new Error("documents.audience", "Đối tượng đọc: AllDelegates, DiscussionGroup, Presidium hoặc NamedDelegates.").ToProblem();
                Guid? groupId = Guid.TryParse(form["groupId"].ToString(), out var g) ? g : null;
                var named = new List<Guid>();
                foreach (var value in form["delegateIds"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
                {
                    if (!Guid.TryParse(value, out var id)) return new Error("documents.audience", $"Mã đại biểu không hợp lệ: {value}").ToProblem();
                    named.Add(id);
                }
                return (await mediator.Send(new UploadDocumentCommand(congressId, form["title"].ToString(), classification, audience, groupId, named,
                        upload.Value.FileName, upload.Value.Content), ct))
                    .ToCreated(d => $"/api/documents/{d.Id}");
            })
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Manage))
            .WithSummary("Upload a PDF or DOCX (multipart: file, title, classification, audience, groupId, delegateIds); 413 over the size limit");

        documents.MapPost("/{documentId:guid}/versions", async Task<Results<Created<VersionDto>, ProblemHttpResult>> (
                Guid documentId, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var upload = await ReadUploadAsync(http, ct);
                if (upload.IsFailure) return upload.Error!.ToProblem(UploadStatus(upload.Error!));
                return (await mediator.Send(new UploadDocumentVersionCommand(documentId, upload.Value.FileName, upload.Value.Content,
                        upload.Value.Form["changeNote"].ToString()), ct))
                    .ToCreated(v => $"/api/documents/{documentId}?version={v.Number}");
            })
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Manage))
            .WithSummary("Upload a new version (multipart: file, changeNote)");

        documents.MapGet("/{documentId:guid}", async Task<Results<Ok<DocumentDetailsDto>, ProblemHttpResult>> (Guid documentId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetDocumentQuery(documentId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Read))
            .WithSummary("A document and its versions; 404 when the caller may not read it");

        documents.MapGet("/{documentId:guid}/view", async Task<Results<Ok<ViewedDocumentDto>, ProblemHttpResult>> (
                Guid documentId, int? version, IMediator mediator, CancellationToken ct) =>
            {
                var viewed = await mediator.Send(new ViewDocumentCommand(documentId, version), ct);
                if (viewed.IsFailure) return viewed.Error!.ToProblem();
                return viewed.Value.Tampered ? DocumentStore.Tampered.ToProblem() : TypedResults.Ok(viewed.Value.Copy!);
            })
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Read))
            .WithSummary("Read a version's text on screen (audited, watermark id recorded); 409 if its ciphertext was tampered with");

        documents.MapGet("/{documentId:guid}/download", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                Guid documentId, int? version, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var copy = await mediator.Send(new DownloadDocumentCommand(documentId, version), ct);
                if (copy.IsFailure) return copy.Error!.ToProblem();
                if (copy.Value.Tampered) return DocumentStore.Tampered.ToProblem();
                http.Response.Headers["X-Watermark-Id"] = "WM-" + copy.Value.Copy!.WatermarkCode;
                return TypedResults.File(copy.Value.Copy.Content, copy.Value.Copy.ContentType, copy.Value.Copy.FileName);
            })
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Read))
            .WithSummary("A watermarked copy of the file (audited); 403 for a confidential document (view-only), 409 if tampered with");

        documents.MapGet("/{documentId:guid}/diff", async Task<Results<Ok<VersionDiffDto>, ProblemHttpResult>> (
                Guid documentId, int? from, int? to, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CompareVersionsQuery(documentId, from, to), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Read))
            .WithSummary("What changed between two versions, section by section (default: previous → current)");

        documents.MapGet("/congresses/{congressId:guid}/search", async Task<Results<Ok<IReadOnlyList<SearchHitDto>>, ProblemHttpResult>> (
                Guid congressId, string q, int? max, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SearchDocumentsQuery(congressId, q, max ?? 20), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Read))
            .WithSummary("Full-text search with or without diacritics (\"nghi quyet\", \"Đảng bộ\", phrases in quotes), only what the caller may read");

        documents.MapGet("/watermarks/{code}", async Task<Results<Ok<WatermarkTraceDto>, ProblemHttpResult>> (string code, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new TraceWatermarkQuery(code), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Trace))
            .WithSummary("Who received the copy with this watermark id, and when");

        documents.MapPost("/watermarks/trace", async Task<Results<Ok<WatermarkTraceDto>, ProblemHttpResult>> (HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var upload = await ReadUploadAsync(http, ct);
                if (upload.IsFailure) return upload.Error!.ToProblem(UploadStatus(upload.Error!));
                return (await mediator.Send(new TraceWatermarkQuery(null, upload.Value.Content), ct)).ToOk();
            })
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Trace))
            .WithSummary("Who received this leaked copy (multipart: file): the watermark id is read out of it");

        documents.MapPut("/congresses/{congressId:guid}/presidium", async Task<Results<Ok<int>, ProblemHttpResult>> (
                Guid congressId, PresidiumRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetPresidiumCommand(congressId, body.DelegateIds ?? []), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Manage))
            .WithSummary("The delegates of the presidium (replaces the list), for documents addressed to it");

        documents.MapPut("/{documentId:guid}/agenda-item", async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> (
                Guid documentId, AgendaItemRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AttachToAgendaItemCommand(documentId, body.AgendaItemId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.AttachToAgenda))
            .WithSummary("Link the document to an agenda item of its congress (404 for an item of another congress), or clear the link (agendaItemId null)");

        documents.MapGet("/congresses/{congressId:guid}/agenda-items/{itemId:guid}/documents", async Task<Results<Ok<IReadOnlyList<DocumentDto>>, ProblemHttpResult>> (
                Guid congressId, Guid itemId, IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListAgendaItemDocumentsQuery(congressId, itemId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Read))
            .WithSummary("The documents of an agenda item that the caller may read (the same check as every read)");
    }

    private static int? UploadStatus(Error error) => error.Code == "documents.file.too_large" ? StatusCodes.Status413PayloadTooLarge : null;

    private static ProblemHttpResult ToProblem(this Error error, int? status) =>
        status is { } code
            ? TypedResults.Problem(title: error.Message, statusCode: code, type: $"https://congress.local/errors/{error.Code}",
                extensions: new Dictionary<string, object?> { ["code"] = error.Code })
            : error.ToProblem();

    /// <summary>
    /// The one file of a multipart upload, refused (413) before it is read when it is larger than <c>Documents:MaxUploadBytes</c>.
    /// The body limit is raised to that size for this request only (Kestrel's default is 30 MB).
    /// </summary>
    private static async Task<Result<UploadedFile>> ReadUploadAsync(HttpContext http, CancellationToken ct)
    {
        var max = http.RequestServices.GetRequiredService<IOptions<DocumentsOptions>>().Value.MaxUploadBytes;
        var tooLarge = new Error("documents.file.too_large", $"Tệp quá lớn (tối đa {Math.Max(1, max / 1024 / 1024)} MB).");
        const long formOverhead = 64 * 1024;
        if (http.Request.ContentLength > max + formOverhead) return tooLarge;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = max + formOverhead;
        if (!http.Request.HasFormContentType) return new Error("documents.file.missing", "Gửi tệp dạng multipart/form-data (trường file).");
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = max + formOverhead }, ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            var overLimit = ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                || ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);
            return overLimit ? tooLarge : new Error("documents.file.form", "Dữ liệu gửi lên không phải multipart/form-data hợp lệ.");
        }
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null) return new Error("documents.file.missing", "Thiếu tệp (trường file).");
        if (file.Length > max) return tooLarge;
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return new UploadedFile(file.FileName, buffer.ToArray(), form);
    }
}
