using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Outbox;

namespace Congress.Modules.Reporting.Application.Tree;

/// <summary>Delegates added an organisation: it joins the read model and its ancestors' expected count at once (docs/adr/0032).</summary>
internal sealed class OrganisationCreatedIntegrationEventHandler(OrganisationTree tree) : IIntegrationEventHandler<OrganisationCreatedIntegrationEvent>
{
    public async Task HandleAsync(OrganisationCreatedIntegrationEvent e, CancellationToken cancellationToken) =>
        await tree.AddAsync(new OrganisationNode(e.OrganisationId, e.ParentId, e.Code, e.Name, e.Level, e.Path), cancellationToken);
}
