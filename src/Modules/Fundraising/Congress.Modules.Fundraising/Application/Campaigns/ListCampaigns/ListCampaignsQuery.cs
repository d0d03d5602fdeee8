using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Campaigns.ListCampaigns;

internal sealed record ListCampaignsQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<CampaignDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Watch, AccessScope.Congress(CongressId));
}
