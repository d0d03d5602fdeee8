using Congress.Modules.Attendance.Application.Access;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Mapster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Attendance.Application.Reconciliation.ListFindings;

internal sealed class ListFindingsQueryHandler(AttendanceDbContext db, AttendanceAccess access) : IRequestHandler<ListFindingsQuery, Result<IReadOnlyList<FindingDto>>>
{
    public async Task<Result<IReadOnlyList<FindingDto>>> Handle(ListFindingsQuery query, CancellationToken cancellationToken)
    {
        var congress = await access.CheckCongressAsync(query.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var findings = await db.Findings.AsNoTracking().Where(f => f.CongressId == query.CongressId).ToListAsync(cancellationToken);
        return findings.OrderBy(f => f.Kind).ThenBy(f => f.Detail)
            .Select(f => f.Adapt<FindingDto>(AttendanceMapping.Config)).ToList();
    }
}
