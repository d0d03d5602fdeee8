using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Devices.PreparePackages;

/// <summary>
/// The organising committee prepares every tablet of the congress before the day (docs/adr/0031): each tablet that is not
/// revoked gets its full package built in the background and kept, so the first syncs of the morning stream it. Tablets
/// whose package is already current are skipped. Audited; answers how many tablets will be looked at.
/// </summary>
internal sealed record PreparePackagesCommand(Guid CongressId) : ICommand<Result<PreparingPackagesDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Manage, AccessScope.Congress(CongressId));
}

/// <param name="Devices">Tablets of the congress not revoked: each will have its package prepared (or found current).</param>
internal sealed record PreparingPackagesDto(Guid CongressId, int Devices);
