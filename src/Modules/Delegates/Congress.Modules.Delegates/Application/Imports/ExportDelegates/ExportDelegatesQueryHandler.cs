using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.Imports.ExportDelegates;

internal sealed class ExportDelegatesQueryHandler(DelegatesDbContext db, SubtreeScope scope) : IRequestHandler<ExportDelegatesQuery, Result<string>>
{
    public async Task<Result<string>> Handle(ExportDelegatesQuery query, CancellationToken cancellationToken)
    {
        var congress = await scope.FindCongressAsync(query.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var codes = await db.Organisations.AsNoTracking().Where(o => o.Path.StartsWith(congress.Value.OrganisationPath))
            .ToDictionaryAsync(o => o.Id, o => o.Code, cancellationToken);
        var delegates = await db.Delegates.AsNoTracking().Where(d => d.CongressId == congress.Value.Id).OrderBy(d => d.Code).ToListAsync(cancellationToken);
        return DelegateCsv.Write(delegates.Select(d => (IReadOnlyList<string?>)
        [
            d.Code, d.FullName, DelegateCsv.KindText(d.Kind), d.DateOfBirth.ToString("dd/MM/yyyy"), DelegateCsv.GenderText(d.Gender), d.Ethnicity,
            d.PartyJoinedOn?.ToString("dd/MM/yyyy"), d.Education, d.PoliticalTheory, d.Position, d.Unit,
            codes.GetValueOrDefault(d.RepresentedOrganisationId), d.RepresentedMembers.ToString(), d.Delegation, d.Seat,
        ]));
    }
}
