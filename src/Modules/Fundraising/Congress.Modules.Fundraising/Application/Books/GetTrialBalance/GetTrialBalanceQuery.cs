using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Books.GetTrialBalance;

/// <summary>Bảng cân đối tài khoản: each account's balance and the difference of debits and credits (always zero).</summary>
internal sealed record GetTrialBalanceQuery(Guid CongressId, Guid CampaignId) : IQuery<Result<TrialBalanceDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Books, AccessScope.Congress(CongressId));
}
