using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Ledger;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Fundraising.Application.Pledges.RecordPledge;

internal sealed class RecordPledgeCommandHandler(FundraisingDbContext db, Books.Books books, Thermometer thermometer, IClock clock)
    : IRequestHandler<RecordPledgeCommand, Result<PledgeDto>>
{
    public async Task<Result<PledgeDto>> Handle(RecordPledgeCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.FindAsync(command.CongressId, command.CampaignId, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        var kind = Enum.Parse<DonorKind>(command.DonorKind, true);
        var pledge = Pledge.Make(campaign.Value, kind, null, command.DonorName, command.UnitName ?? (kind == DonorKind.Unit ? command.DonorName : null),
            command.AmountVnd, command.NamePublic, clock.UtcNow);
        if (pledge.IsFailure) return pledge.Error!;
        db.Pledges.Add(pledge.Value);
        var posted = books.Post(campaign.Value, "pledge", pledge.Value.Id.Value, $"Cam kết {pledge.Value.Reference}",
            (LedgerAccount.PledgesReceivable, command.AmountVnd), (LedgerAccount.DonationsIncome, -command.AmountVnd));
        if (posted.IsFailure) return posted.Error!;
        thermometer.Moved(campaign.Value.Id, "pledge");
        return PledgeDto.From(pledge.Value, campaign.Value);
    }
}
