using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Domain.Platform;
using Congress.Modules.Reporting.Domain.Progress;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Reporting.Application.Platform;

/// <summary>
/// The chain: what a congress run in this platform measured flows into its organisation's report, marked "Platform".
/// A locked report or figures the rules refuse are left alone and logged (the event is consumed: retrying would not help).
/// </summary>
internal sealed class PlatformFigures(ReportingDbContext db, ProgressReports reports, IOrganisationDirectory directory, IClock clock, ILogger<PlatformFigures> logger)
{
    public async Task<PlatformCongress?> CongressAsync(Guid congressId, Guid? organisationId, CancellationToken cancellationToken)
    {
        var congress = await db.PlatformCongresses.FirstOrDefaultAsync(c => c.CongressId == congressId, cancellationToken);
        if (congress is not null) return congress;
        organisationId ??= await directory.CongressOrganisationAsync(congressId, cancellationToken);
        if (organisationId is null) return null;
        db.PlatformCongresses.Add(congress = PlatformCongress.For(congressId, organisationId.Value));
        return congress;
    }

    public async Task FillAsync(PlatformCongress congress, int? summoned, int? present, int? committeeElected, int? higherElected, DateOnly? heldOn,
        CancellationToken cancellationToken, IReadOnlyList<ElectedEntry>? committeeMembers = null)
    {
        var filled = await reports.ChangeAsync(congress.OrganisationId, expectedVersion: null, (report, organisation) =>
            report.FillFromPlatform(congress.CongressId, summoned, present, committeeElected, higherElected, heldOn, clock.UtcNow, organisation.DueOn,
                committeeMembers), cancellationToken);
        if (filled.IsFailure)
            logger.LogWarning("Reporting: the platform's figures for congress {CongressId} were not taken into the report of {OrganisationId}: {Code}",
                congress.CongressId, congress.OrganisationId, filled.Error!.Code);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static DateOnly LocalDate(DateTime utc) => ProgressReport.VietnamDate(utc);
}
