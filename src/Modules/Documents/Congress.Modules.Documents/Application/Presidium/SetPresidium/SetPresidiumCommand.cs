using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Presidium.SetPresidium;

/// <summary>The delegates who sit in a congress's presidium (Đoàn Chủ tịch), for documents addressed to it. Replaces the list.</summary>
internal sealed record SetPresidiumCommand(Guid CongressId, IReadOnlyList<Guid> DelegateIds) : ICommand<Result<int>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Manage, AccessScope.Congress(CongressId));
}
