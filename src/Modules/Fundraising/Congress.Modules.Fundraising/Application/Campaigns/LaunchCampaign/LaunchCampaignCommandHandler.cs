using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Fundraising.Application.Campaigns.LaunchCampaign;

internal sealed class LaunchCampaignCommandHandler(FundraisingDbContext db, IClock clock) : IRequestHandler<LaunchCampaignCommand, Result<CampaignDto>>
{
    public Task<Result<CampaignDto>> Handle(LaunchCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = Campaign.Launch(command.CongressId, command.Name, command.Purpose, command.GoalVnd, command.StartsOn, command.EndsOn, command.Organiser,
            command.BankBin, command.BankAccount, command.BankAccountName, (command.Units ?? []).Select(u => (u.Name, u.TargetVnd)), clock.UtcNow);
        if (campaign.IsFailure) return Task.FromResult(Result<CampaignDto>.Failure(campaign.Error!));
        db.Campaigns.Add(campaign.Value);
        return Task.FromResult<Result<CampaignDto>>(CampaignDto.From(campaign.Value));
    }
}
