using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Imports.CommitDelegateImport;

/// <summary>
/// Writes a previewed, error-free import: all rows or none. Small files are written at once; larger ones in the
/// background (status Committing, with progress), so the portal stays responsive.
/// </summary>
/// <param name="Inline">Write within this call whatever the size (command line, benchmarks).</param>
internal sealed record CommitDelegateImportCommand(Guid ImportId, bool Inline = false) : ICommand<Result<DelegateImportDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ManageDelegates, AccessScope.Resource(DelegatesResources.Import, ImportId));
}
