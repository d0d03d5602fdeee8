using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Groups.FileGroupReport;

/// <summary>
/// The group's secretary files (version 0) or revises (the version read; older: 409) the group's report on an agenda item.
/// </summary>
internal sealed record FileGroupReportCommand(Guid CongressId, Guid GroupId, Guid ItemId, int Version, string Text) : ICommand<Result<GroupReportDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Speak, AccessScope.Congress(CongressId));
}
