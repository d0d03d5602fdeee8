using Congress.Modules.Reporting.Application.Access;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Approvals.ReopenLevel;

internal sealed class ReopenLevelCommandHandler(ReportingDbContext db, OrganisationTree tree, ICurrentUser user, IClock clock)
    : IRequestHandler<ReopenLevelCommand, Result<RollupDto>>
{
    public async Task<Result<RollupDto>> Handle(ReopenLevelCommand command, CancellationToken cancellationToken)
    {
        if (CaptureScope.Above(user, command.OrganisationId) is { } notAbove) return notAbove;
        if (await tree.FindAsync(command.OrganisationId, cancellationToken) is not { } organisation) return ProgressReports.UnknownOrganisation;
        var approval = await db.Approvals.FirstOrDefaultAsync(a => a.OrganisationId == organisation.Id, cancellationToken);
        if (approval is not { Approved: true })
            return Error.Conflict("reporting.approval.not_approved", "Báo cáo của cấp này chưa được duyệt, không cần mở lại.");
        approval.Reopen(clock.UtcNow, user.AuditName, command.Reason.Trim());
        var rollup = await db.Rollups.AsNoTracking().FirstAsync(r => r.OrganisationId == organisation.Id, cancellationToken);
        return RollupDto.From(organisation, rollup, approval);
    }
}
