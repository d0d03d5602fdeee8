using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Pledges.RecordPledge;

/// <summary>The secretariat enters a pledge: a unit's, a person's, or a delegate's made on paper.</summary>
/// <param name="DonorKind">"Unit", "Person" or "Delegate".</param>
internal sealed record RecordPledgeCommand(Guid CongressId, Guid CampaignId, string DonorKind, string DonorName, string? UnitName, long AmountVnd, bool NamePublic)
    : ICommand<Result<PledgeDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Collect, AccessScope.Congress(CongressId));
}
