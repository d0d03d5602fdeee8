using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Programme.CreateSession;

internal sealed class CreateSessionCommandHandler(AgendaDbContext db) : IRequestHandler<CreateSessionCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateSessionCommand command, CancellationToken cancellationToken)
    {
        var kind = Enum.Parse<SessionKind>(command.Kind);
        if (await db.Sessions.AnyAsync(s => s.CongressId == command.CongressId && s.Day == command.Day && s.Kind == kind, cancellationToken))
            return AgendaErrors.SessionDayTaken;
        var session = AgendaSession.Create(command.CongressId, kind, command.Title, command.Day);
        if (session.IsFailure) return session.Error!;
        db.Sessions.Add(session.Value);
        return session.Value.Id.Value;
    }
}
