using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Groups.ListGroupReports;

/// <summary>The groups' reports on one item (or all items): every group's for officials, the caller's own group's for a delegate.</summary>
internal sealed record ListGroupReportsQuery(Guid CongressId, Guid? ItemId) : IQuery<Result<IReadOnlyList<GroupReportDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.ReadProgramme, AccessScope.Congress(CongressId));
}
