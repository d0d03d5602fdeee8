using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Devices.RevokeDevice;

/// <summary>
/// Revokes a tablet (lost, stolen, handed back): audited; from its next sync on it gets 410 and nothing, and none of its
/// packages verifies as current any more.
/// </summary>
internal sealed record RevokeDeviceCommand(Guid DeviceId, string Reason) : ICommand<Result<DeviceDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Manage, AccessScope.Resource(DocumentsResources.Device, DeviceId));
}
