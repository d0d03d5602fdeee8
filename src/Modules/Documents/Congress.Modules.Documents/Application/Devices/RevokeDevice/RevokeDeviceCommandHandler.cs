using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Devices.RevokeDevice;

internal sealed class RevokeDeviceCommandHandler(DocumentsDbContext db, Ports.IPackageCache cache, ICurrentUser user, IClock clock) : IRequestHandler<RevokeDeviceCommand, Result<DeviceDto>>
{
    public async Task<Result<DeviceDto>> Handle(RevokeDeviceCommand command, CancellationToken cancellationToken)
    {
        var device = await db.Devices.FirstOrDefaultAsync(d => d.Id == command.DeviceId, cancellationToken);
        if (device is null) return DeviceErrors.NotFound;
        var revoked = device.Revoke(command.Reason, user.AuditName, clock.UtcNow);
        if (revoked.IsSuccess)
        {
            // the tablet's signed-in session ends too: Identity renews the delegate's account stamp (docs/adr/0028)
            db.Publish(new Contracts.TabletDeviceRevokedIntegrationEvent(device.Id, device.CongressId, device.DelegateId, device.RevocationReason ?? ""));
            db.AfterCommit(_ =>
            {
                cache.Forget(device.Id); // nothing kept for a lost tablet (a fetch is refused before the cache is looked at anyway)
                return Task.CompletedTask;
            });
        }
        return revoked.IsFailure ? revoked.Error! : DeviceDto.From(device);
    }
}
