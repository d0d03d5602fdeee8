using Congress.Modules.ModuleName.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.ModuleName.Application.AreaName.DoThing;

/// <summary>
/// Runs inside the unit of work, after the pipeline has checked the command's declared roles and congress: whatever it
/// changes on the DbContext commits with its audit entry and outbox events, or not at all.
/// </summary>
internal sealed class DoThingCommandHandler(ModuleNameDbContext db) : IRequestHandler<DoThingCommand, Result>
{
    public Task<Result> Handle(DoThingCommand command, CancellationToken cancellationToken)
    {
        _ = db; // load the aggregate, call its method, return its Result
        return Task.FromResult(Result.Success());
    }
}
