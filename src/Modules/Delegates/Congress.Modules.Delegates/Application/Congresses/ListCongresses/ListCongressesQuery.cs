using Congress.Shared.Kernel;
using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;

namespace Congress.Modules.Delegates.Application.Congresses.ListCongresses;

/// <summary>The congresses of the caller's subtree, most recent first.</summary>
internal sealed record ListCongressesQuery : IQuery<IReadOnlyList<CongressDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(Roles.All, AccessScope.CallerSubtree);
}
