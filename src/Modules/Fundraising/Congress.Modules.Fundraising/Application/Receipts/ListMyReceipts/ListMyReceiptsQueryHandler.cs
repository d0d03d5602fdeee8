using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Fundraising.Application.Receipts.ListMyReceipts;

internal sealed class ListMyReceiptsQueryHandler(FundraisingDbContext db, ICurrentUser user) : IRequestHandler<ListMyReceiptsQuery, Result<IReadOnlyList<ReceiptDto>>>
{
    public async Task<Result<IReadOnlyList<ReceiptDto>>> Handle(ListMyReceiptsQuery query, CancellationToken cancellationToken) =>
        (await db.MyReceiptsAsync(user.DelegateId, null, cancellationToken))
            .OrderByDescending(r => r.ReceivedAtUtc).Select(ReceiptDto.From).ToList();
}
