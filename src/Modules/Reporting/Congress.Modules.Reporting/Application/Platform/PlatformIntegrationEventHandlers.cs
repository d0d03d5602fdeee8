using Congress.Modules.Attendance.Contracts;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Reporting.Domain.Platform;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Modules.Voting.Contracts;
using Congress.Shared.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Platform;

/// <summary>Delegates: each official delegate registered for a congress is one more summoned.</summary>
internal sealed class DelegateRegisteredIntegrationEventHandler(PlatformFigures figures) : IIntegrationEventHandler<DelegateRegisteredIntegrationEvent>
{
    public async Task HandleAsync(DelegateRegisteredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Kind != "Official") return;
        if (await figures.CongressAsync(integrationEvent.CongressId, integrationEvent.CongressOrganisationId, cancellationToken) is not { } congress) return;
        congress.DelegateSummoned();
        await figures.FillAsync(congress, congress.OfficialDelegates, null, null, null, null, cancellationToken);
    }
}

/// <summary>Attendance: each delegate seen in the hall once counts as present; the first check-in dates the congress.</summary>
internal sealed class DelegateCheckedInIntegrationEventHandler(PlatformFigures figures, ReportingDbContext db) : IIntegrationEventHandler<DelegateCheckedInIntegrationEvent>
{
    public async Task HandleAsync(DelegateCheckedInIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.PlatformPresence.AnyAsync(p => p.CongressId == integrationEvent.CongressId && p.DelegateId == integrationEvent.DelegateId, cancellationToken)) return;
        if (await figures.CongressAsync(integrationEvent.CongressId, null, cancellationToken) is not { } congress) return;
        db.PlatformPresence.Add(PlatformPresence.Of(integrationEvent.CongressId, integrationEvent.DelegateId));
        congress.DelegateArrived(integrationEvent.AtUtc);
        await figures.FillAsync(congress, null, congress.Present, null, null, PlatformFigures.LocalDate(congress.FirstCheckInUtc!.Value), cancellationToken);
    }
}

/// <summary>
/// Voting: a published election fills the number elected — to the congress above when its title speaks of delegates
/// ("đại biểu"), to the committee otherwise.
/// </summary>
internal sealed class PollResultPublishedIntegrationEventHandler(PlatformFigures figures) : IIntegrationEventHandler<PollResultPublishedIntegrationEvent>
{
    public async Task HandleAsync(PollResultPublishedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Kind != "Election") return;
        if (await figures.CongressAsync(integrationEvent.CongressId, null, cancellationToken) is not { } congress) return;
        var toHigherCongress = integrationEvent.Title.Contains("đại biểu", StringComparison.OrdinalIgnoreCase);
        var elected = integrationEvent.Elected.Count;
        await figures.FillAsync(congress, null, null, toHigherCongress ? null : elected, toHigherCongress ? elected : null, null, cancellationToken);
    }
}
