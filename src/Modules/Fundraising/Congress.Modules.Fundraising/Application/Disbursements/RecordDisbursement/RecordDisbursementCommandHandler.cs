using Congress.Modules.Fundraising.Application.Books;
using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Domain.Disbursements;
using Congress.Modules.Fundraising.Domain.Ledger;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Fundraising.Application.Disbursements.RecordDisbursement;

internal sealed class RecordDisbursementCommandHandler(FundraisingDbContext db, Books.Books books, Thermometer thermometer, IClock clock)
    : IRequestHandler<RecordDisbursementCommand, Result<DisbursementDto>>
{
    public async Task<Result<DisbursementDto>> Handle(RecordDisbursementCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.FindAsync(command.CongressId, command.CampaignId, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        await CampaignLocks.ForMoneyAsync(db, campaign.Value.Id, cancellationToken); // two payments cannot both spend the same balance
        var source = Enum.Parse<PaymentMethod>(command.Source, true);
        var account = source == PaymentMethod.Cash ? LedgerAccount.Cash : LedgerAccount.Bank;
        var balance = await books.BalanceAsync(campaign.Value.Id.Value, account, cancellationToken);
        var paid = Disbursement.Pay(campaign.Value, command.Locality, command.Purpose ?? "", command.AmountVnd, source, balance, clock.UtcNow);
        if (paid.IsFailure) return paid.Error!;
        db.Disbursements.Add(paid.Value);
        var posted = books.Post(campaign.Value, "disbursement", paid.Value.Id.Value, $"Hỗ trợ {paid.Value.Locality}",
            (LedgerAccount.DisbursementsPaid, command.AmountVnd), (account, -command.AmountVnd));
        if (posted.IsFailure) return posted.Error!;
        thermometer.Moved(campaign.Value.Id, "disbursement");
        var d = paid.Value;
        return new DisbursementDto(d.Id.Value, d.Locality, d.Purpose, d.AmountVnd, d.Source.ToString(), d.PaidAtUtc);
    }
}
