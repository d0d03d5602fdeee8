using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Tree.GetMyLevel;

/// <summary>The organisation whose roll-up the caller's dashboard opens on: their own (the root of the tree for a system administrator).</summary>
internal sealed record MyLevelDto(Guid OrganisationId, string Code, string Name, string Level, bool MayCapture);

internal sealed record GetMyLevelQuery : IQuery<Result<MyLevelDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Read, AccessScope.CallerSubtree);
}
