using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.ModuleName.Application.AreaName.DoThing;

/// <summary>Say what the user asks for. The record is the audit payload (override ToAuditPayload to leave secrets out).</summary>
internal sealed record DoThingCommand(Guid CongressId) : ICommand<Result>;
