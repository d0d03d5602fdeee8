using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Imports.PreviewDelegateImport;

/// <summary>Checks a CSV file row by row and keeps it for commit. No delegate is written.</summary>
internal sealed record PreviewDelegateImportCommand(Guid CongressId, string FileName, byte[] Content) : ICommand<Result<DelegateImportDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ManageDelegates, AccessScope.Congress(CongressId));

    public object ToAuditPayload() => new { CongressId, FileName, Bytes = Content.Length };
}
