using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Rollups.GetRollup;

internal sealed class GetRollupQueryHandler(ReportingDbContext db, OrganisationTree tree)
    : IRequestHandler<GetRollupQuery, Result<RollupDto>>
{
    public async Task<Result<RollupDto>> Handle(GetRollupQuery query, CancellationToken cancellationToken)
    {
        if (await tree.FindAsync(query.OrganisationId, cancellationToken) is not { } organisation) return ProgressReports.UnknownOrganisation;
        var rollup = await db.Rollups.AsNoTracking().FirstAsync(r => r.OrganisationId == query.OrganisationId, cancellationToken);
        var approval = await db.Approvals.AsNoTracking().FirstOrDefaultAsync(a => a.OrganisationId == query.OrganisationId, cancellationToken);
        return RollupDto.From(organisation, rollup, approval);
    }
}
