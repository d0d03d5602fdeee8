using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Devices.ListDevices;

/// <summary>The congress's registered tablets, revoked ones too: all of them for the staff, a delegate's own for a delegate.</summary>
internal sealed record ListDevicesQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<DeviceDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Tablet, AccessScope.Congress(CongressId));
}
