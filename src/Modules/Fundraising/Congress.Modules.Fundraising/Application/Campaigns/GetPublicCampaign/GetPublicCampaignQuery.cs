using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Campaigns.GetPublicCampaign;

/// <summary>
/// The transparency page, for anyone without signing in: totals, totals per unit (small units folded together),
/// disbursements, and only the names of donors who agreed. No amount of any one donor, no reference, no receipt.
/// </summary>
internal sealed record GetPublicCampaignQuery(Guid CampaignId) : IQuery<Result<PublicCampaignDto>>
{
    private static readonly RequestAccess Declared = new([], AccessScope.Anyone);

    RequestAccess IAuthorisedRequest.Access => Declared;
}
