using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.BankStatements.ListBankLines;

internal sealed record ListBankLinesQuery(Guid CongressId, Guid CampaignId, bool UnmatchedOnly) : IQuery<Result<IReadOnlyList<BankLineDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Books, AccessScope.Congress(CongressId));
}
