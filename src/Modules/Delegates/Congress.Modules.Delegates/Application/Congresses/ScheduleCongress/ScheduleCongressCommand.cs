using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Congresses.ScheduleCongress;

internal sealed record ScheduleCongressCommand(
    Guid OrganisationId, string Name, int TermStartYear, int TermEndYear, DateOnly StartsOn, DateOnly EndsOn, int DelegateQuota)
    : ICommand<Result<CongressDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ManageStructure, AccessScope.Organisation(OrganisationId));
}
