using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Receipts.PrintMyReceipt;

/// <summary>A delegate prints a receipt for their own pledge; anyone else's receipt is "not found".</summary>
internal sealed record PrintMyReceiptQuery(Guid ReceiptId) : IQuery<Result<byte[]>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Give, AccessScope.OwnDelegate);
}
