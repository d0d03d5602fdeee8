using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Devices.ListDevices;

internal sealed class ListDevicesQueryHandler(DocumentsDbContext db, DocumentVisibility visibility, IDelegateRoster roster, ICurrentUser user)
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
        var found = await devices.OrderBy(d => d.RegisteredAtUtc).ToListAsync(cancellationToken);
        if (found.Count == 0) return new List<DeviceDto>();
        var ids = found.Select(d => d.Id).ToList();
        // the expiry of each device's latest package (what the tablet holds, if it kept up)
        var packages = (await db.DevicePackages.AsNoTracking().Where(p => ids.Contains(p.DeviceId))
                .Select(p => new { p.DeviceId, p.IssuedAtUtc, p.ExpiresAtUtc, Full = p.SinceUtc == null }).ToListAsync(cancellationToken))
            .GroupBy(p => p.DeviceId).ToDictionary(g => g.Key, g => g.ToList());
        var expiries = packages.ToDictionary(p => p.Key, p => p.Value.MaxBy(x => x.IssuedAtUtc)!.ExpiresAtUtc);
        // the latest full package, prepared ahead or built at a sync (docs/adr/0031)
        var full = packages.Where(p => p.Value.Any(x => x.Full)).ToDictionary(p => p.Key, p => p.Value.Where(x => x.Full).Max(x => x.IssuedAtUtc));
        var names = (await roster.ListAsync(query.CongressId, cancellationToken)).ToDictionary(r => r.DelegateId);
        return found.Select(d => DeviceDto.From(d) with
        {
            DelegateCode = names.GetValueOrDefault(d.DelegateId)?.Code,
            DelegateName = names.GetValueOrDefault(d.DelegateId)?.FullName,
            PackageExpiresAtUtc = expiries.TryGetValue(d.Id, out var expires) ? expires : null,
            FullPackageAtUtc = full.TryGetValue(d.Id, out var made) ? made : null,
        }).ToList();
    }
}
