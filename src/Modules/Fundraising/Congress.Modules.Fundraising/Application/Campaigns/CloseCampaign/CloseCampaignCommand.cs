using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Campaigns.CloseCampaign;

/// <summary>End a campaign: no new pledges (409 after this); money for pledges already made is still received.</summary>
internal sealed record CloseCampaignCommand(Guid CongressId, Guid CampaignId) : ICommand<Result<CampaignDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Manage, AccessScope.Congress(CongressId));
}
