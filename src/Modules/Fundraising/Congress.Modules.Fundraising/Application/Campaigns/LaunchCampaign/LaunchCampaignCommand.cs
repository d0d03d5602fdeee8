using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Campaigns.LaunchCampaign;

/// <summary>Launch a fundraising campaign of a congress: purpose, goal, period, organiser, receiving account, per-unit targets.</summary>
internal sealed record LaunchCampaignCommand(Guid CongressId, string Name, string Purpose, long GoalVnd, DateOnly StartsOn, DateOnly EndsOn, string Organiser,
    string BankBin, string BankAccount, string BankAccountName, IReadOnlyList<UnitTargetInput> Units) : ICommand<Result<CampaignDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Manage, AccessScope.Congress(CongressId));
}
