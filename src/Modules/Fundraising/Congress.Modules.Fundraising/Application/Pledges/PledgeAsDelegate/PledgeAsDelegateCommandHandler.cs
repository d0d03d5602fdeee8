using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Pledges.PledgeAsDelegate;

/// <summary>
/// Reads and checks here, in parallel with the other delegates' pledges; the <see cref="PledgeWriter"/> commits the pledge
/// with its ledger entry and audit entry, together with whatever other pledges arrived meanwhile.
/// </summary>
internal sealed class PledgeAsDelegateCommandHandler(FundraisingDbContext db, ICurrentUser user, IDelegateRoster roster, PledgeWriter writer, IClock clock)
    : IRequestHandler<PledgeAsDelegateCommand, Result<PledgeDto>>
{
    public async Task<Result<PledgeDto>> Handle(PledgeAsDelegateCommand command, CancellationToken cancellationToken)
    {
        var delegateId = user.DelegateId ?? throw new InvalidOperationException("The pipeline lets only a delegate through.");
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == new CampaignId(command.CampaignId), cancellationToken);
        if (campaign is null) return CampaignErrors.NotFound;
        // A campaign of another congress is "not found" to this delegate, as if it did not exist.
        if (await roster.FindAsync(campaign.CongressId, delegateId, cancellationToken) is not { } me) return CampaignErrors.NotFound;

        var pledge = Pledge.Make(campaign, DonorKind.Delegate, delegateId, me.FullName, me.Delegation, command.AmountVnd, command.NamePublic, clock.UtcNow);
        if (pledge.IsFailure) return pledge.Error!;
        var audit = new { command.CampaignId, command.AmountVnd, command.NamePublic, PledgeId = pledge.Value.Id.Value, pledge.Value.Reference };
        return await writer.WriteAsync(new PledgeWriter.PledgeToWrite(campaign, pledge.Value, user.AuditName, nameof(PledgeAsDelegateCommand), audit));
    }
}
