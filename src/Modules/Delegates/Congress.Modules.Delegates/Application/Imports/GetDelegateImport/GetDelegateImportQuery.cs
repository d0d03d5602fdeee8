using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Imports.GetDelegateImport;

internal sealed record GetDelegateImportQuery(Guid ImportId) : IQuery<Result<DelegateImportDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ManageDelegates, AccessScope.Resource(DelegatesResources.Import, ImportId));
}
