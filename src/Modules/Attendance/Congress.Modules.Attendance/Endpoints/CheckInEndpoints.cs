using Congress.Modules.Attendance.Application.Access;
using Congress.Modules.Attendance.Application;
using Congress.Modules.Attendance.Application.Badges.GetBadge;
using Congress.Modules.Attendance.Application.CheckIns;
using Congress.Modules.Attendance.Application.CheckIns.CheckInByBadge;
using Congress.Modules.Attendance.Application.CheckIns.RecordCheckIn;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Attendance.Endpoints;

/// <summary>The gates: manual check-in and check-out, QR badges (issue and scan), face check-in from a kiosk's camera frame.</summary>
internal static class CheckInEndpoints
{
    internal sealed record ManualCheckInRequest(Guid DelegateId, string Reason, string? Direction, string? Gate, string? ScanKey);
    internal sealed record BadgeScanRequest(string Token, string? Direction, string? Gate, string? ScanKey);

    public static void Map(RouteGroupBuilder group)
    {
        var gates = group.MapGroup("/").WithTags("Attendance check-in");

        gates.MapPost("/congresses/{congressId:guid}/manual-checkins", async Task<Results<Ok<CheckInDto>, ProblemHttpResult>> (Guid congressId, ManualCheckInRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RecordCheckInCommand(congressId, body.DelegateId, body.Direction ?? "Entry", "Manual", body.Reason, body.Gate, body.ScanKey), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AttendanceRoles.Manage))
            .WithSummary("The secretariat enters (or, with direction Exit, lets out) a delegate by hand, with a reason");

        gates.MapPost("/congresses/{congressId:guid}/qr-checkins", async Task<Results<Ok<CheckInDto>, ProblemHttpResult>> (Guid congressId, BadgeScanRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CheckInByBadgeCommand(congressId, body.Token, body.Direction ?? "Entry", body.Gate, body.ScanKey), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AttendanceRoles.Gate))
            .WithSummary("A gate scanned a QR badge; forged badges and badges of another congress are refused (403)");

        gates.MapGet("/congresses/{congressId:guid}/delegates/{delegateId:guid}/badge", async Task<Results<Ok<BadgeDto>, ProblemHttpResult>> (Guid congressId, Guid delegateId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetBadgeQuery(congressId, delegateId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AttendanceRoles.Manage))
            .WithSummary("A delegate's badge to print: the signed token and its QR code (SVG)");

        gates.MapPost("/congresses/{congressId:guid}/face-checkins", async Task<Results<Ok<FaceCheckInDto>, ProblemHttpResult>> (Guid congressId, HttpRequest request, string? gate, string? scanKey,
                    FaceGate faceGate, IOptions<AttendanceOptions> options, CancellationToken ct) =>
                {
                    var image = await ReadImageAsync(request, options.Value.MaxImageBytes, ct);
                    if (image.Problem is { } problem) return problem;
                    return (await faceGate.CheckInAsync(congressId, image.Bytes, gate, scanKey, ct)).ToOk();
                })
            .Accepts<byte[]>("image/jpeg", "image/png")
            .RequireAuthorization(p => p.RequireRole(AttendanceRoles.Gate))
            .WithSummary("A kiosk's camera frame (JPEG or PNG bytes, size-capped): on a recognised face the delegate is entered; otherwise the reason (Unknown, NoFace, Spoof, BadImage, Unavailable)");
    }

    private static async Task<(ReadOnlyMemory<byte> Bytes, ProblemHttpResult? Problem)> ReadImageAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        static ProblemHttpResult Problem(int status, string code, string title) => TypedResults.Problem(title: title, statusCode: status,
            type: $"https://congress.local/errors/{code}", extensions: new Dictionary<string, object?> { ["code"] = code });

        var type = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (type is not ("image/jpeg" or "image/png"))
            return (default, Problem(StatusCodes.Status415UnsupportedMediaType, "attendance.face.media_type", "Ảnh phải là JPEG hoặc PNG (Content-Type image/jpeg hoặc image/png)."));
        if (request.ContentLength > maxBytes)
            return (default, Problem(StatusCodes.Status413PayloadTooLarge, "attendance.face.too_large", $"Ảnh quá lớn (tối đa {maxBytes / 1024} KB)."));
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return (default, Problem(StatusCodes.Status413PayloadTooLarge, "attendance.face.too_large", $"Ảnh quá lớn (tối đa {maxBytes / 1024} KB)."));
            buffer.Write(chunk, 0, read);
        }
        var bytes = buffer.ToArray();
        var looksRight = type == "image/jpeg"
            ? bytes is [0xFF, 0xD8, 0xFF, ..]
            : bytes is [0x89, 0x50, 0x4E, 0x47, ..];
        if (!looksRight)
            return (default, Problem(StatusCodes.Status400BadRequest, "attendance.face.bad_image", "Dữ liệu gửi lên không phải ảnh JPEG/PNG hợp lệ."));
        return (bytes, null);
    }
}
