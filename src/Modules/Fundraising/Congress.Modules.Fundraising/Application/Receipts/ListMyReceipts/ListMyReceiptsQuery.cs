using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Receipts.ListMyReceipts;

/// <summary>The receipts for the signed-in delegate's own pledges, newest first.</summary>
internal sealed record ListMyReceiptsQuery : IQuery<Result<IReadOnlyList<ReceiptDto>>>
{
    private static readonly RequestAccess Declared = new(FundraisingRoles.Give, AccessScope.OwnDelegate);

    RequestAccess IAuthorisedRequest.Access => Declared;
}
