using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Web;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Delegates.ListDelegates;

/// <param name="Search">Part of a name (diacritics ignored: "nguyen van" finds "Nguyễn Văn") or an exact code.</param>
internal sealed record ListDelegatesQuery(
    Guid CongressId, string? Search = null, string? Kind = null, string? CredentialsStatus = null,
    Guid? DiscussionGroupId = null, string? Delegation = null, int Page = 1, int PageSize = 50)
    : IQuery<Result<PagedList<DelegateDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ReadDelegates, AccessScope.Congress(CongressId));
}
