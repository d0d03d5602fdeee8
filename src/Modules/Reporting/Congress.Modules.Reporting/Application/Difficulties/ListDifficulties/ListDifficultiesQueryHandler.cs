using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Domain.Difficulties;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Difficulties.ListDifficulties;

internal sealed class ListDifficultiesQueryHandler(ReportingDbContext db, OrganisationTree tree, DifficultyAccess access)
    : IRequestHandler<ListDifficultiesQuery, Result<IReadOnlyList<DifficultySummaryDto>>>
{
    public async Task<Result<IReadOnlyList<DifficultySummaryDto>>> Handle(ListDifficultiesQuery query, CancellationToken cancellationToken)
    {
        if (await tree.FindAsync(query.OrganisationId, cancellationToken) is not { } organisation) return DifficultyAccess.UnknownOrganisation;
        if (await access.ViewerAsync(cancellationToken) is not { } viewer) return DifficultyAccess.NotFound;

        // The subtree asked for (a prefix of the path), narrowed to what the caller sees: all of it from the province down,
        // only the escalated ones above (the centre).
        var difficulties = db.Difficulties.AsNoTracking().Where(d => d.OrganisationPath.StartsWith(organisation.Path));
        if (!viewer.All && viewer.Organisation is { } own)
        {
            var depth = own.Depth;
            difficulties = difficulties.Where(d => d.Escalated || d.HandlerDepth <= depth);
        }
        if (query.Status is { } status)
        {
            var wanted = Enum.Parse<DifficultyStatus>(status, ignoreCase: true);
            difficulties = difficulties.Where(d => d.Status == wanted);
        }
        if (query.AwaitingMe && !viewer.All && viewer.Organisation is { } me)
        {
            difficulties = me.Level == DifficultyAccess.CentreLevel
                ? difficulties.Where(d => d.Status == DifficultyStatus.EscalatedToCentre)
                : difficulties.Where(d => d.ProvinceId == me.Id && d.Status == DifficultyStatus.Open);
        }
        else if (query.AwaitingMe)
            difficulties = difficulties.Where(d => d.Status == DifficultyStatus.Open || d.Status == DifficultyStatus.EscalatedToCentre);

        var page = await difficulties.OrderByDescending(d => d.UpdatedAtUtc).Take(query.Take)
            .Select(d => new
            {
                d.Id, d.OrganisationId, d.ProvinceId, d.Category, d.Title, d.Status, d.Escalated, d.ReporterName, d.ReportedAtUtc, d.UpdatedAtUtc, d.Version,
                Entries = d.Entries.Count,
            })
            .ToListAsync(cancellationToken);
        var ids = page.Select(d => d.OrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        return page.Select(d =>
        {
            var awaits = viewer.All
                ? d.Status is DifficultyStatus.Open or DifficultyStatus.EscalatedToCentre
                : (d.Status == DifficultyStatus.Open && d.ProvinceId == viewer.Organisation?.Id)
                  || (d.Status == DifficultyStatus.EscalatedToCentre && viewer.IsCentre);
            var o = names.GetValueOrDefault(d.OrganisationId);
            return new DifficultySummaryDto(d.Id.Value, d.OrganisationId, o?.Code ?? "", o?.Name ?? "", d.Category.ToString(), d.Title, d.Status.ToString(),
                d.Escalated, d.ReporterName, d.ReportedAtUtc, d.UpdatedAtUtc, d.Version, d.Entries, awaits);
        }).ToList();
    }
}
