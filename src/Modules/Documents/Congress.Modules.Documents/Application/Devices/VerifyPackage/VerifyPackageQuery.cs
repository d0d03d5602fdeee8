using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Devices.VerifyPackage;

/// <summary>
/// Whether a package a tablet holds is still current, as the server sees it: signed by this installation, for this
/// device, issued by this server, not expired (410 <c>documents.package.expired</c>), and the device not revoked (410
/// <c>documents.device.revoked</c>). A changed manifest or signature: 400 <c>documents.package.tampered</c>.
/// </summary>
internal sealed record VerifyPackageQuery(Guid DeviceId, string Manifest, string Signature) : IQuery<Result<PackageStatusDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Tablet, AccessScope.Resource(DocumentsResources.Device, DeviceId));
}
