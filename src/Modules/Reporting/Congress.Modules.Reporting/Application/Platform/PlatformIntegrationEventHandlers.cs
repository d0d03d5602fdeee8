using Congress.Modules.Attendance.Contracts;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Reporting.Domain.Platform;
using Congress.Modules.Reporting.Domain.Progress;
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
/// ("đại biểu"), to the committee otherwise. A committee's members are listed with what their delegate profiles state
/// (Delegates' <see cref="IDelegateProfiles"/>, asked for the elected codes only): birth year, gender, ethnicity,
/// professional level, political theory. A candidate who is no delegate of the congress, or an attribute the profile
/// lacks or words in a way the statistics cannot read, is "not stated" — never guessed.
/// </summary>
internal sealed class PollResultPublishedIntegrationEventHandler(PlatformFigures figures, IDelegateProfiles profiles)
    : IIntegrationEventHandler<PollResultPublishedIntegrationEvent>
{
    public async Task HandleAsync(PollResultPublishedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Kind != "Election") return;
        if (await figures.CongressAsync(integrationEvent.CongressId, null, cancellationToken) is not { } congress) return;
        var toHigherCongress = integrationEvent.Title.Contains("đại biểu", StringComparison.OrdinalIgnoreCase);
        var elected = integrationEvent.Elected.Count;
        var members = toHigherCongress ? null : await MembersAsync(integrationEvent, cancellationToken);
        await figures.FillAsync(congress, null, null, toHigherCongress ? null : elected, toHigherCongress ? elected : null, null, cancellationToken, members);
    }

    private async Task<IReadOnlyList<ElectedEntry>> MembersAsync(PollResultPublishedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var byCode = (await profiles.FindByCodesAsync(e.CongressId, e.Elected, cancellationToken)).ToDictionary(p => p.Code, StringComparer.Ordinal);
        var candidates = (e.ElectedCandidates ?? []).ToDictionary(c => c.Key, StringComparer.Ordinal);
        return e.Elected.Select(key =>
        {
            var candidate = candidates.GetValueOrDefault(key);
            var name = candidate?.Name is { Length: > 0 } label ? label : key;
            var votes = candidate?.Votes ?? 0;
            return byCode.GetValueOrDefault(key.Trim()) is { } p
                ? new ElectedEntry(ElectedBodies.Committee, p.FullName, votes, "Member", p.BirthYear, Readable(p.Gender, MemberProfile.Gender),
                    p.Ethnicity is { Length: <= 100 } ethnicity ? ethnicity : null, Readable(p.Education, MemberProfile.Education),
                    Readable(p.PoliticalTheory, MemberProfile.Theory))
                : new ElectedEntry(ElectedBodies.Committee, name, votes, "Member");
        }).ToList();
    }

    /// <summary>The profile's wording when the statistics can read it; null ("not stated") otherwise.</summary>
    private static string? Readable(string? text, Func<string?, string?> canonical) => canonical(text) is null ? null : text;
}
