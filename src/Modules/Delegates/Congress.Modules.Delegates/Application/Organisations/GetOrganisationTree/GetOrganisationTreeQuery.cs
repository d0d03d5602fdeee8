using Congress.Shared.Kernel;
using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;

namespace Congress.Modules.Delegates.Application.Organisations.GetOrganisationTree;

/// <summary>The caller's subtree, depth-first (ordered by path), optionally filtered by name or code.</summary>
internal sealed record GetOrganisationTreeQuery(string? Search = null) : IQuery<IReadOnlyList<OrganisationDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(Roles.All, AccessScope.CallerSubtree);
}
