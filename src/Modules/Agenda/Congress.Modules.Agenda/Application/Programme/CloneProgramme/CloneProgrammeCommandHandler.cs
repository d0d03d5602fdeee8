using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Programme.CloneProgramme;

internal sealed class CloneProgrammeCommandHandler(AgendaDbContext db, ICongressAccess access) : IRequestHandler<CloneProgrammeCommand, Result<int>>
{
    public async Task<Result<int>> Handle(CloneProgrammeCommand command, CancellationToken cancellationToken)
    {
        if (command.SourceCongressId == command.CongressId || !await access.CanAccessAsync(command.SourceCongressId, cancellationToken))
            return AgendaErrors.SourceNotFound;
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CongressId == command.SourceCongressId).ToListAsync(cancellationToken);
        if (sessions.Count == 0) return AgendaErrors.SourceNotFound;
        if (await db.Sessions.AnyAsync(s => s.CongressId == command.CongressId, cancellationToken)) return AgendaErrors.ProgrammeExists;

        var shift = command.FirstDay.DayNumber - sessions.Min(s => s.Day).DayNumber;
        var items = await db.Items.AsNoTracking().Where(i => i.CongressId == command.SourceCongressId).ToListAsync(cancellationToken);
        var copied = 0;
        foreach (var session in sessions)
        {
            var copy = session.CloneFor(command.CongressId, shift);
            db.Sessions.Add(copy);
            foreach (var item in items.Where(i => i.SessionId == session.Id).OrderBy(i => i.Number))
            {
                db.Items.Add(item.CloneInto(copy, shift));
                copied++;
            }
        }
        return copied;
    }
}
