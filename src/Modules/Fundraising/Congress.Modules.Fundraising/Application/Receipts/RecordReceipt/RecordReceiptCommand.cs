using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Receipts.RecordReceipt;

/// <summary>Money received at the secretariat's desk: cash (into an open cash batch) or a transfer seen on the account, for a pledge or as a gift without one.</summary>
/// <param name="Method">"Cash" or "BankTransfer".</param>
internal sealed record RecordReceiptCommand(Guid CongressId, Guid CampaignId, Guid? PledgeId, string Method, long AmountVnd, string? PayerName, Guid? CashBatchId)
    : ICommand<Result<ReceiptDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Collect, AccessScope.Congress(CongressId));
}
