using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Documents.ListChanges;

/// <summary>
/// For a tablet's sync: the documents the caller may read that are new or have a new version since <paramref name="SinceUtc"/>
/// (null: all), oldest change first, with the server time to send as the next <c>since</c>.
/// </summary>
internal sealed record ListChangesQuery(Guid CongressId, DateTime? SinceUtc) : IQuery<Result<DocumentChangesDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Read, AccessScope.Congress(CongressId));
}

internal sealed record DocumentChangesDto(DateTime AsOfUtc, IReadOnlyList<DocumentDto> Changed);
