using Congress.Modules.Agenda.Contracts;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Documents.Application.Documents.ListAgendaItems;

internal sealed class ListAgendaItemsQueryHandler(IAgendaItemDirectory items) : IRequestHandler<ListAgendaItemsQuery, Result<IReadOnlyList<AgendaItemEntry>>>
{
    public async Task<Result<IReadOnlyList<AgendaItemEntry>>> Handle(ListAgendaItemsQuery query, CancellationToken cancellationToken) =>
        Result.Success(await items.ListAsync(query.CongressId, cancellationToken));
}
