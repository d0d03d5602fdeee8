using Congress.Modules.Agenda.Contracts;
using Congress.Modules.Documents.Application.Presidium;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Outbox;

namespace Congress.Modules.Documents.Application.IntegrationEvents;

/// <summary>
/// The congress elected its presidium (Agenda, by ballot or by a show of hands the chair recorded): the elected delegates
/// become Documents' presidium list, replacing the earlier one, so that documents addressed to the presidium reach the
/// people the congress chose without anyone typing the list again. Those who chair and record the election are the same
/// roles that may set the list by hand (<c>SetPresidiumCommand</c>), so a show of hands gives no one more than they have.
/// Members elected under a name that is not a delegate's code are not in the event and cannot read (no tablet account).
/// </summary>
internal sealed class CongressBodyElectedIntegrationEventHandler(DocumentsDbContext db, Devices.PreparePackages.PackagePreparation packages) : IIntegrationEventHandler<CongressBodyElectedIntegrationEvent>
{
    public const string Presidium = "Presidium";

    public async Task HandleAsync(CongressBodyElectedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Body != Presidium) return;
        await PresidiumList.ReplaceAsync(db, integrationEvent.CongressId, integrationEvent.DelegateIds, cancellationToken);
        packages.AfterChangeIn(integrationEvent.CongressId); // the presidium's tablets get its documents prepared (docs/adr/0031)
    }
}
