using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Reporting.Application.Rollups.GetRollup;

internal sealed class GetRollupQueryHandler(ReplicaReads<ReportingDbContext> reads, OrganisationTree tree)
    : IRequestHandler<GetRollupQuery, Result<RollupDto>>
{
    public async Task<Result<RollupDto>> Handle(GetRollupQuery query, CancellationToken cancellationToken)
    {
        if (await RollupReads.OrganisationAsync(reads, tree, query.OrganisationId, cancellationToken) is not { } organisation) return ProgressReports.UnknownOrganisation;
        return await RollupReads.RollupAsync(reads, organisation, cancellationToken);
    }
}
