using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Receipts.PrintReceipt;

/// <summary>A receipt as the printable PDF handed to the payer (Vietnamese, amount in words, signature blocks; a voided one says so).</summary>
internal sealed record PrintReceiptQuery(Guid CongressId, Guid ReceiptId) : IQuery<Result<byte[]>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Books, AccessScope.Congress(CongressId));
}
