using Congress.Modules.Fundraising.Application.Access;
using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Disbursements.RecordDisbursement;

/// <summary>Pay support to an affected locality from the campaign's bank account or cash; refused (409) above what that account holds.</summary>
/// <param name="Source">"BankTransfer" (from the account) or "Cash".</param>
internal sealed record RecordDisbursementCommand(Guid CongressId, Guid CampaignId, string Locality, string Purpose, long AmountVnd, string Source)
    : ICommand<Result<DisbursementDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Manage, AccessScope.Congress(CongressId));
}
