using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Documents.Application.Presidium.SetPresidium;

internal sealed class SetPresidiumCommandHandler(DocumentsDbContext db, IDelegateRoster roster, Devices.PreparePackages.PackagePreparation packages) : IRequestHandler<SetPresidiumCommand, Result<int>>
{
    public async Task<Result<int>> Handle(SetPresidiumCommand command, CancellationToken cancellationToken)
    {
        var summoned = (await roster.ListAsync(command.CongressId, cancellationToken)).Select(d => d.DelegateId).ToHashSet();
        var unknown = command.DelegateIds.Where(id => !summoned.Contains(id)).ToList();
        if (unknown.Count > 0) return new Error("documents.presidium.delegate", "Có người không phải đại biểu của đại hội này.");
        var members = await PresidiumList.ReplaceAsync(db, command.CongressId, command.DelegateIds, cancellationToken);
        packages.AfterChangeIn(command.CongressId); // documents addressed to the presidium: who reads them changed (docs/adr/0031)
        return members;
    }
}
