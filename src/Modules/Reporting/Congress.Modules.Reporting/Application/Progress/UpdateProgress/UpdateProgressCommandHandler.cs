using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Reporting.Application.Progress.UpdateProgress;

internal sealed class UpdateProgressCommandHandler(ProgressReports reports, ICurrentUser user, IClock clock)
    : IRequestHandler<UpdateProgressCommand, Result<ProgressReportDto>>
{
    public async Task<Result<ProgressReportDto>> Handle(UpdateProgressCommand command, CancellationToken cancellationToken)
    {
        if (CaptureScope.Own(user, command.OrganisationId) is { } notOwn) return notOwn;
        var entry = command.ToEntry();
        Domain.Tree.ReportingOrganisation? organisation = null;
        var changed = await reports.ChangeAsync(command.OrganisationId, command.ExpectedVersion, (report, o) =>
        {
            organisation = o;
            return report.Enter(entry, clock.UtcNow, o.DueOn, user.AuditName);
        }, cancellationToken);
        if (changed.IsFailure) return changed.Error!;
        return ProgressReportDto.From(organisation!, changed.Value, locked: false);
    }
}
