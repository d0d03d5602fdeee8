using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Presidium.SetPresidium;

internal sealed class SetPresidiumCommandHandler(DocumentsDbContext db, IDelegateRoster roster, Devices.PreparePackages.PackagePreparation packages) : IRequestHandler<SetPresidiumCommand, Result<int>>
{
    public async Task<Result<int>> Handle(SetPresidiumCommand command, CancellationToken cancellationToken)
    {
        var summoned = (await roster.ListAsync(command.CongressId, cancellationToken)).Select(d => d.DelegateId).ToHashSet();
        var unknown = command.DelegateIds.Where(id => !summoned.Contains(id)).ToList();
        if (unknown.Count > 0) return new Error("documents.presidium.delegate", "Có người không phải đại biểu của đại hội này.");
        db.Presidium.RemoveRange(await db.Presidium.Where(p => p.CongressId == command.CongressId).ToListAsync(cancellationToken));
        var members = command.DelegateIds.Distinct().Select(id => new PresidiumMember(command.CongressId, id)).ToList();
        db.Presidium.AddRange(members);
        packages.AfterChangeIn(command.CongressId); // documents addressed to the presidium: who reads them changed
        return members.Count;
    }
}
