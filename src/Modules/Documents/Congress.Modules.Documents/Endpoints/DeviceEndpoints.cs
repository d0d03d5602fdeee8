using System.IO.Compression;
using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Devices;
using Congress.Modules.Documents.Application.Devices.FetchPackage;
using Congress.Modules.Documents.Application.Devices.ListDevices;
using Congress.Modules.Documents.Application.Devices.PreparePackages;
using Congress.Modules.Documents.Application.Devices.RegisterDevice;
using Congress.Modules.Documents.Application.Devices.RevokeDevice;
using Congress.Modules.Documents.Application.Devices.VerifyPackage;
using Congress.Modules.Documents.Contracts.Packages;
using Congress.Shared.Infrastructure.Web;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Documents.Endpoints;

/// <summary>
/// /api/documents tablets (docs/adr/0024): register a tablet with its public key, fetch its signed and encrypted package
/// (all of it, or only what changed since a cursor; the signing keys to pin come with the registration), ask whether a package is still current, and — the secretariat —
/// revoke a lost tablet. A revoked device and an expired package are answered 410 with a ProblemDetails code and nothing else.
/// </summary>
internal static class DeviceEndpoints
{
    internal sealed record RegisterDeviceRequest(Guid? DelegateId, string Label, string PublicKey);

    internal sealed record RevokeDeviceRequest(string Reason);

    internal sealed record VerifyPackageRequest(string Manifest, string Signature);

    /// <summary>Codes answered 410 Gone: the thing the tablet holds is no longer good, and asking again will not change that.</summary>
    private static readonly HashSet<string> Gone = [DeviceErrors.Revoked.Code, DeviceErrors.Expired.Code];

    public static void Map(RouteGroupBuilder group)
    {
        var tablets = group.MapGroup("/").WithTags("Documents: tablets");

        tablets.MapPost("/congresses/{congressId:guid}/devices", async Task<Results<Created<RegisteredDeviceDto>, ProblemHttpResult>> (
                Guid congressId, RegisterDeviceRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RegisterDeviceCommand(congressId, body.DelegateId, body.Label ?? "", body.PublicKey ?? ""), ct))
                .ToCreated(d => $"/api/documents/devices/{d.Device.Id}"))
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Tablet))
            .WithSummary("Register a tablet (its P-256 public key, base64 SubjectPublicKeyInfo) to a delegate: their own, or any for the staff; answers the signing keys to pin");

        tablets.MapGet("/congresses/{congressId:guid}/devices", async Task<Results<Ok<IReadOnlyList<DeviceDto>>, ProblemHttpResult>> (
                Guid congressId, IMediator mediator, CancellationToken ct) => (await mediator.Send(new ListDevicesQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Tablet))
            .WithSummary("The congress's tablets (a delegate sees their own), revoked ones too");

        tablets.MapPost("/congresses/{congressId:guid}/devices/packages", async Task<Results<Accepted<PreparingPackagesDto>, ProblemHttpResult>> (
                Guid congressId, IMediator mediator, CancellationToken ct) =>
            {
                var preparing = await mediator.Send(new PreparePackagesCommand(congressId), ct);
                return preparing.IsFailure ? preparing.Error!.ToProblem() : TypedResults.Accepted((string?)null, preparing.Value);
            })
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Manage))
            .WithSummary("Prepare every tablet's package of the congress in the background (before the day): 202 with the number of tablets; " +
                         "each tablet's list entry shows its package once prepared");

        tablets.MapPost("/devices/{deviceId:guid}/revoke", async Task<Results<Ok<DeviceDto>, ProblemHttpResult>> (
                Guid deviceId, RevokeDeviceRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RevokeDeviceCommand(deviceId, body.Reason ?? ""), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Manage))
            .WithSummary("Revoke a tablet (lost, stolen): audited; its next sync gets 410 documents.device.revoked and nothing");

        tablets.MapGet("/devices/{deviceId:guid}/package", async Task<Results<Ok<TabletPackage>, FileStreamHttpResult, ProblemHttpResult>> (
                Guid deviceId, DateTime? since, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                for (var attempt = 0; ; attempt++)
                {
                    var delivery = await mediator.Send(new FetchPackageCommand(deviceId, since), ct);
                    if (delivery.IsFailure) return Problem(delivery.Error!);
                    if (delivery.Value.Revoked) return Problem(DeviceErrors.Revoked);
                    if (delivery.Value.CachedPath is not { } path) return TypedResults.Ok(delivery.Value.Package!);
                    // the package kept for this device, streamed from disk (docs/adr/0026, 0031): as stored, gzip-compressed, to a client
                    // that accepts gzip (a quarter fewer bytes); inflated on the way to one that does not. Replaced meanwhile by a newer one: ask again
                    try
                    {
                        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16,
                            FileOptions.Asynchronous | FileOptions.SequentialScan);
                        http.Response.Headers.Vary = "Accept-Encoding";
                        if (!AcceptsGzip(http.Request)) return TypedResults.Stream(new GZipStream(stream, CompressionMode.Decompress), "application/json; charset=utf-8");
                        http.Response.Headers.ContentEncoding = "gzip";
                        return TypedResults.Stream(stream, "application/json; charset=utf-8");
                    }
                    catch (FileNotFoundException) when (attempt == 0) { }
                }
            })
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Tablet))
            .WithSummary("The tablet's sync: a signed package of what its delegate may read (never confidential), watermarked, encrypted for the device; " +
                         "?since= the last manifest's asOfUtc for only what changed; 410 for a revoked device");

        tablets.MapPost("/devices/{deviceId:guid}/packages/verify", async Task<Results<Ok<PackageStatusDto>, ProblemHttpResult>> (
                Guid deviceId, VerifyPackageRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var status = await mediator.Send(new VerifyPackageQuery(deviceId, body.Manifest ?? "", body.Signature ?? ""), ct);
                return status.IsFailure ? Problem(status.Error!) : TypedResults.Ok(status.Value);
            })
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Tablet))
            .WithSummary("Is this package (manifest and signature) still current? 400 tampered, 410 expired or device revoked");

    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e => string.Equals(e.Value.Value, "gzip", StringComparison.OrdinalIgnoreCase) && e.Quality is not 0);

    private static ProblemHttpResult Problem(Error error) =>
        Gone.Contains(error.Code)
            ? TypedResults.Problem(title: error.Message, statusCode: StatusCodes.Status410Gone, type: $"https://congress.local/errors/{error.Code}",
                extensions: new Dictionary<string, object?> { ["code"] = error.Code })
            : error.ToProblem();
}
