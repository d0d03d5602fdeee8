using Congress.Modules.Reporting.Application.Access;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Contracts;
using Congress.Modules.Reporting.Domain.Approvals;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Approvals.ApproveLevel;

internal sealed class ApproveLevelCommandHandler(ReportingDbContext db, OrganisationTree tree, ICurrentUser user, IClock clock)
    : IRequestHandler<ApproveLevelCommand, Result<RollupDto>>
{
    public async Task<Result<RollupDto>> Handle(ApproveLevelCommand command, CancellationToken cancellationToken)
    {
        if (CaptureScope.Own(user, command.OrganisationId) is { } notOwn) return notOwn;
        if (await tree.FindAsync(command.OrganisationId, cancellationToken) is not { } organisation) return ProgressReports.UnknownOrganisation;
        var rollup = await db.Rollups.AsNoTracking().FirstAsync(r => r.OrganisationId == organisation.Id, cancellationToken);
        if (rollup.Reported < rollup.Expected)
            return Error.Conflict("reporting.approval.incomplete",
                $"Chưa thể duyệt: còn {rollup.Expected - rollup.Reported}/{rollup.Expected} tổ chức cấp dưới chưa báo cáo.");
        var approval = await db.Approvals.FirstOrDefaultAsync(a => a.OrganisationId == organisation.Id, cancellationToken);
        if (approval is { Approved: true })
            return Error.Conflict("reporting.approval.already", "Báo cáo của cấp này đã được duyệt.");
        if (approval is null) db.Approvals.Add(approval = LevelApproval.For(organisation.Id));
        approval.Approve(clock.UtcNow, user.AuditName);
        db.Publish(new LevelReportApprovedIntegrationEvent(organisation.Id));
        return RollupDto.From(organisation, rollup, approval);
    }
}
