using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Devices.ListDevices;

internal sealed class ListDevicesQueryHandler(DocumentsDbContext db, DocumentVisibility visibility, ICurrentUser user)
    : IRequestHandler<ListDevicesQuery, Result<IReadOnlyList<DeviceDto>>>
{
    public async Task<Result<IReadOnlyList<DeviceDto>>> Handle(ListDevicesQuery query, CancellationToken cancellationToken)
    {
        var devices = db.Devices.AsNoTracking().Where(d => d.CongressId == query.CongressId);
        if (!visibility.IsStaff)
        {
            if (user.DelegateId is not { } own) return new List<DeviceDto>();
            devices = devices.Where(d => d.DelegateId == own);
        }
        return (await devices.OrderBy(d => d.RegisteredAtUtc).ToListAsync(cancellationToken)).Select(DeviceDto.From).ToList();
    }
}
