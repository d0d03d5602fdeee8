using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Reporting.Application.Rollups.ListChildren;

internal sealed class ListChildrenQueryHandler(ReplicaReads<ReportingDbContext> reads, OrganisationTree tree)
    : IRequestHandler<ListChildrenQuery, Result<IReadOnlyList<ChildRollupDto>>>
{
    public async Task<Result<IReadOnlyList<ChildRollupDto>>> Handle(ListChildrenQuery query, CancellationToken cancellationToken)
    {
        if (await RollupReads.OrganisationAsync(reads, tree, query.OrganisationId, cancellationToken) is null) return ProgressReports.UnknownOrganisation;
        return Result.Success(await RollupReads.ChildrenAsync(reads.Db, query.OrganisationId, cancellationToken));
    }
}
