using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Reporting.Application.Progress.UpdateProgress;

internal sealed class UpdateProgressCommandHandler(ProgressWriter writer, ICurrentUser user, IClock clock)
    : IRequestHandler<UpdateProgressCommand, Result<ProgressReportDto>>
{
    public async Task<Result<ProgressReportDto>> Handle(UpdateProgressCommand command, CancellationToken cancellationToken)
    {
        if (CaptureScope.Own(user, command.OrganisationId) is { } notOwn) return notOwn;
        var entry = command.ToEntry();
        var by = user.AuditName;
        var written = await writer.WriteAsync(new ProgressWriter.ProgressToWrite(command.OrganisationId, command.ExpectedVersion,
            (report, organisation) => report.Enter(entry, clock.UtcNow, organisation.DueOn, by), by, nameof(UpdateProgressCommand), command));
        if (written.IsFailure) return written.Error!;
        return ProgressReportDto.From(written.Value.Organisation, written.Value.Report, locked: false);
    }
}
