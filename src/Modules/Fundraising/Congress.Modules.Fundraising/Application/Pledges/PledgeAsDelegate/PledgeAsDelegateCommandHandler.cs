using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Fundraising.Application.Books;
using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Ledger;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Pledges.PledgeAsDelegate;

internal sealed class PledgeAsDelegateCommandHandler(FundraisingDbContext db, ICurrentUser user, IDelegateRoster roster,
    Books.Books books, Thermometer thermometer, IClock clock) : IRequestHandler<PledgeAsDelegateCommand, Result<PledgeDto>>
{
    public async Task<Result<PledgeDto>> Handle(PledgeAsDelegateCommand command, CancellationToken cancellationToken)
    {
        var delegateId = user.DelegateId ?? throw new InvalidOperationException("The pipeline lets only a delegate through.");
        var campaign = await db.Campaigns.Include(c => c.Units).FirstOrDefaultAsync(c => c.Id == new CampaignId(command.CampaignId), cancellationToken);
        if (campaign is null) return CampaignErrors.NotFound;
        // A campaign of another congress is "not found" to this delegate, as if it did not exist.
        if (await roster.FindAsync(campaign.CongressId, delegateId, cancellationToken) is not { } me) return CampaignErrors.NotFound;

        var pledge = Pledge.Make(campaign, DonorKind.Delegate, delegateId, me.FullName, me.Delegation, command.AmountVnd, command.NamePublic, clock.UtcNow);
        if (pledge.IsFailure) return pledge.Error!;
        db.Pledges.Add(pledge.Value);
        var posted = books.Post(campaign, "pledge", pledge.Value.Id.Value, $"Cam kết {pledge.Value.Reference}",
            (LedgerAccount.PledgesReceivable, command.AmountVnd), (LedgerAccount.DonationsIncome, -command.AmountVnd));
        if (posted.IsFailure) return posted.Error!;
        thermometer.Moved(campaign.Id, "pledge");
        return PledgeDto.From(pledge.Value, campaign);
    }
}
