using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Fundraising.Application.Campaigns.CloseCampaign;

internal sealed class CloseCampaignCommandHandler(FundraisingDbContext db, IClock clock, Thermometer thermometer) : IRequestHandler<CloseCampaignCommand, Result<CampaignDto>>
{
    public async Task<Result<CampaignDto>> Handle(CloseCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.FindAsync(command.CongressId, command.CampaignId, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        var closed = campaign.Value.Close(clock.UtcNow);
        if (closed.IsFailure) return closed.Error!;
        thermometer.Moved(campaign.Value.Id, "closed");
        return CampaignDto.From(campaign.Value);
    }
}
