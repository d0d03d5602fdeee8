using Congress.Shared.Infrastructure.Security;
using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Application.Ballots;
using Congress.Modules.Voting.Application.Eligibility;
using Congress.Modules.Voting.Application.Polls.ClosePoll;
using Congress.Modules.Voting.Application.Polls.GetPollMinutes;
using Congress.Modules.Voting.Application.Polls.PublishResult;
using Congress.Modules.Voting.Endpoints;
using Congress.Modules.Voting.Infrastructure.Minutes;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Modules;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Voting;

/// <summary>
/// Biểu quyết và bầu cử — motions, list approvals and secret-ballot elections, the ballot box kept apart from the register
/// of who voted, live progress for the chair, results for the projection screen. Routes under /api/voting; schema "voting".
/// </summary>
public sealed class VotingModule : IModule
{
    public string Name => VotingDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<VotingDbContext>(configuration, VotingDbContext.SchemaName);
        services.AddHandlersFrom(typeof(VotingModule).Assembly);
        services.AddKeyedScoped<IResourceLocator, VotingResources.PollLocator>(VotingResources.Poll);
        services.AddScoped<PollAccess>();
        services.AddScoped<EligibleDelegates>();
        services.AddSingleton<OpenPolls>();
        services.AddSingleton<OpenPollsWatch>();
        services.AddSingleton<BallotSeal>();
        services.AddSingleton<BallotBox>();
        services.AddSingleton<IMinutesRenderer, PdfMinutesRenderer>();
        // Both idempotent (closing a closed poll answers it as it is; opening an opened box again changes nothing), so both are
        // retried: a timed close must happen, and a published poll's box must be opened.
        services.AddJob<ClosePollJob>(retries: 5);
        services.AddJob<EraseBallotTracesJob>(retries: 10);
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/voting").RequireAuthorization();
        PollEndpoints.Map(group);
        BallotEndpoints.Map(group);
    }

    public IReadOnlyList<PortalMenuItem> Menu =>
    [
        new("/voting", "Biểu quyết, bầu cử", "Voting", MenuIcon.BallotBox, 30, VotingRoles.ManagePolls),
        new("/voting/ballot", "Phiếu của tôi", "My ballot", MenuIcon.Pen, 31, VotingRoles.Cast),
    ];
}
