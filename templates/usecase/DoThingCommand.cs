using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.ModuleName.Application.AreaName.DoThing;

/// <summary>Say what the user asks for. The record is the audit payload (override ToAuditPayload to leave secrets out).</summary>
internal sealed record DoThingCommand(Guid CongressId) : ICommand<Result>
{
    /// <summary>Who may send it and what it touches: the pipeline refuses other roles (403) and other subtrees (404) before the handler runs.</summary>
    RequestAccess IAuthorisedRequest.Access => new([Roles.SystemAdmin, Roles.OrganisingCommittee], AccessScope.Congress(CongressId));
}
