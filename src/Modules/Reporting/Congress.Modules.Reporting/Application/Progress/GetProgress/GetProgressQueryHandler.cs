using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Domain.Progress;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Progress.GetProgress;

internal sealed class GetProgressQueryHandler(ReportingDbContext db, OrganisationTree tree, ProgressReports reports)
    : IRequestHandler<GetProgressQuery, Result<ProgressReportDto>>
{
    public async Task<Result<ProgressReportDto>> Handle(GetProgressQuery query, CancellationToken cancellationToken)
    {
        if (await tree.FindAsync(query.OrganisationId, cancellationToken) is not { } organisation) return ProgressReports.UnknownOrganisation;
        var report = await db.Reports.AsNoTracking().Include(r => r.Elected)
            .FirstOrDefaultAsync(r => r.Id == new ProgressReportId(query.OrganisationId), cancellationToken);
        return ProgressReportDto.From(organisation, report, await reports.IsLockedAsync(organisation, cancellationToken));
    }
}
