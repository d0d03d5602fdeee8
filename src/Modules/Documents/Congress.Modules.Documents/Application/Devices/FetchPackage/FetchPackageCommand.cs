using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Documents.Application.Devices.FetchPackage;

/// <summary>
/// A tablet's sync: the signed package of what its delegate may read now — confidential documents never — each file
/// watermarked for the delegate and encrypted for the device; with <paramref name="SinceUtc"/> (the last package's
/// <c>asOfUtc</c>) only documents new or changed since then travel, the same rule as <c>ListChangesQuery</c>. Audited, a
/// watermark recorded per file. The device's own delegate or the staff; anyone else: 404. A revoked device: refused
/// (and counted), nothing sent. Not an <c>ICommand</c> with a unit of work around it: the handler builds the package
/// outside any transaction and records it in a short one of its own (see <see cref="FetchPackageCommandHandler"/>).
/// </summary>
internal sealed record FetchPackageCommand(Guid DeviceId, DateTime? SinceUtc) : IRequest<Result<PackageDelivery>>, IAuthorisedRequest
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Tablet, AccessScope.Resource(DocumentsResources.Device, DeviceId));
}
