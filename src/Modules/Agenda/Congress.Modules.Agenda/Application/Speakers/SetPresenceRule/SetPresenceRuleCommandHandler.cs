using Congress.Modules.Agenda.Domain.Bodies;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Speakers.SetPresenceRule;

internal sealed class SetPresenceRuleCommandHandler(AgendaDbContext db) : IRequestHandler<SetPresenceRuleCommand, Result>
{
    public async Task<Result> Handle(SetPresenceRuleCommand command, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.FirstOrDefaultAsync(s => s.CongressId == command.CongressId, cancellationToken);
        if (settings is null) db.Settings.Add(settings = AgendaSettings.For(command.CongressId));
        settings.RequirePresence(command.RequirePresence);
        return Result.Success();
    }
}
