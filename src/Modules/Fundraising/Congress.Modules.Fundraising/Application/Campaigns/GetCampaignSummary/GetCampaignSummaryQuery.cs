using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Campaigns.GetCampaignSummary;

/// <summary>The thermometer: totals against the goal, per unit, disbursements and the balance left. Totals only, no donor.</summary>
internal sealed record GetCampaignSummaryQuery(Guid CongressId, Guid CampaignId) : IQuery<Result<CampaignSummaryDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Watch, AccessScope.Congress(CongressId));
}
