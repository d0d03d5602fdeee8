using Congress.Modules.Agenda.Contracts;
using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Infrastructure;

/// <summary>Answers <see cref="IAgendaItemDirectory"/> for other modules (Documents links documents to items): an item's congress.</summary>
internal sealed class AgendaItemDirectory(AgendaDbContext db) : IAgendaItemDirectory
{
    public async Task<Guid?> CongressOfItemAsync(Guid itemId, CancellationToken cancellationToken) =>
        await db.Items.AsNoTracking().Where(i => i.Id == new ItemId(itemId)).Select(i => (Guid?)i.CongressId).FirstOrDefaultAsync(cancellationToken);
}
