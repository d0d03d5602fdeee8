using Congress.Modules.Agenda.Application.Access;
using Congress.Modules.Agenda.Domain.Groups;
using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Groups.FileGroupReport;

internal sealed class FileGroupReportCommandHandler(AgendaDbContext db, AgendaAccess access, GroupRoster roster, IDelegateRoster delegates, IClock clock)
    : IRequestHandler<FileGroupReportCommand, Result<GroupReportDto>>
{
    public async Task<Result<GroupReportDto>> Handle(FileGroupReportCommand command, CancellationToken cancellationToken)
    {
        if (await access.CheckReaderAsync(command.CongressId, cancellationToken) is { } refused) return refused;
        var group = (await roster.ListAsync(command.CongressId, cancellationToken)).FirstOrDefault(g => g.Entry.GroupId == command.GroupId);
        if (group is null) return AgendaErrors.GroupNotFound;
        if (roster.CallerDelegateId is not { } me || group.Officers?.SecretaryDelegateId != me) return AgendaErrors.NotTheGroupSecretary;
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == new ItemId(command.ItemId) && i.CongressId == command.CongressId, cancellationToken);
        if (item is null) return AgendaErrors.ItemNotFound;
        var name = (await delegates.FindAsync(command.CongressId, me, cancellationToken))?.FullName ?? "";

        var report = await db.GroupReports.FirstOrDefaultAsync(r => r.GroupId == command.GroupId && r.ItemId == item.Id, cancellationToken);
        if (report is null)
        {
            if (command.Version != 0) return AgendaErrors.Stale; // it was deleted or never existed: the caller's copy is not the stored one
            db.GroupReports.Add(report = GroupReport.File(item, command.GroupId, command.Text, me, name, clock.UtcNow));
        }
        else if (report.Revise(command.Version, command.Text, me, name, clock.UtcNow) is { IsFailure: true } stale) return stale.Error!;
        return new GroupReportDto(report.Id.Value, group.Entry.GroupId, group.Entry.Number, group.Entry.Name, item.Id.Value, item.Title, report.Text,
            report.FiledByName, report.FiledAtUtc, report.Version);
    }
}
