using Congress.Modules.Delegates.Contracts;
using Congress.Modules.ModuleName.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.ModuleName.Application.AreaName.DoThing;

/// <summary>Runs inside the unit of work: whatever it changes on the DbContext commits with its audit entry and outbox events, or not at all.</summary>
internal sealed class DoThingCommandHandler(ModuleNameDbContext db, ICongressAccess access) : IRequestHandler<DoThingCommand, Result>
{
    public async Task<Result> Handle(DoThingCommand command, CancellationToken cancellationToken)
    {
        if (!await access.CanAccessAsync(command.CongressId, cancellationToken))
            return Error.NotFound("modulename.congress.not_found", "Không tìm thấy đại hội.");
        _ = db; // load the aggregate, call its method, return its Result
        return Result.Success();
    }
}
