using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Reconciliation.ListFundraisingFindings;

internal sealed record ListFundraisingFindingsQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<FindingDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Books, AccessScope.Congress(CongressId));
}
