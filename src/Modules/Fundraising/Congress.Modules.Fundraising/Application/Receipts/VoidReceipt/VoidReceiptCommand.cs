using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Receipts.VoidReceipt;

/// <summary>A receipt issued by mistake is voided, never deleted: its number stays used and a reversing entry cancels its posting.</summary>
internal sealed record VoidReceiptCommand(Guid CongressId, Guid ReceiptId, string Reason) : ICommand<Result<ReceiptDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Collect, AccessScope.Congress(CongressId));
}
