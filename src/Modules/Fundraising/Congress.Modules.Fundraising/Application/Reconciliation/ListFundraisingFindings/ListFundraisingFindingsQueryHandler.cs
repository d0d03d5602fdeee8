using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Reconciliation.ListFundraisingFindings;

internal sealed class ListFundraisingFindingsQueryHandler(FundraisingDbContext db) : IRequestHandler<ListFundraisingFindingsQuery, Result<IReadOnlyList<FindingDto>>>
{
    public async Task<Result<IReadOnlyList<FindingDto>>> Handle(ListFundraisingFindingsQuery query, CancellationToken cancellationToken)
    {
        var findings = await db.Findings.AsNoTracking().Where(f => f.CongressId == query.CongressId).ToListAsync(cancellationToken);
        return findings.OrderBy(f => f.Kind).ThenBy(f => f.Message)
            .Select(f => new FindingDto(f.Id, f.CampaignId, f.Kind, f.SubjectId, f.Message, f.FoundAtUtc)).ToList();
    }
}
