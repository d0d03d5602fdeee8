using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Devices.PreparePackages;

internal sealed class PreparePackagesCommandHandler(DocumentsDbContext db, PackagePreparation preparation)
    : IRequestHandler<PreparePackagesCommand, Result<PreparingPackagesDto>>
{
    public async Task<Result<PreparingPackagesDto>> Handle(PreparePackagesCommand command, CancellationToken cancellationToken)
    {
        var devices = await db.Devices.CountAsync(d => d.CongressId == command.CongressId && d.RevokedAtUtc == null, cancellationToken);
        if (devices > 0) preparation.AllOf(command.CongressId);
        return new PreparingPackagesDto(command.CongressId, devices);
    }
}
