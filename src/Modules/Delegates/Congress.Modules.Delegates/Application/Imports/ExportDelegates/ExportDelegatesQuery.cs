using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Imports.ExportDelegates;

/// <summary>The congress's delegates as CSV, in the same format the import reads.</summary>
internal sealed record ExportDelegatesQuery(Guid CongressId) : IQuery<Result<string>>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ReadDelegates, AccessScope.Congress(CongressId));
}
