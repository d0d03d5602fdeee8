using Congress.Modules.Agenda.Application.Programme;
using Congress.Modules.Agenda.Contracts;
using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Infrastructure;

/// <summary>Answers <see cref="IAgendaItemDirectory"/> for other modules (Documents links documents to items).</summary>
internal sealed class AgendaItemDirectory(AgendaDbContext db, ProgrammeReader programme) : IAgendaItemDirectory
{
    public async Task<Guid?> CongressOfItemAsync(Guid itemId, CancellationToken cancellationToken) =>
        await db.Items.AsNoTracking().Where(i => i.Id == new ItemId(itemId)).Select(i => (Guid?)i.CongressId).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<AgendaItemEntry>> ListAsync(Guid congressId, CancellationToken cancellationToken) =>
        (await programme.ReadAsync(congressId, cancellationToken)).Sessions
            .SelectMany(s => s.Items.Select(i => new AgendaItemEntry(i.Id, s.Title, s.Day, i.Number, i.Title))).ToList();
}
