using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Reminders.ListReminders;

/// <param name="Kind">"Near" or "Overdue".</param>
internal sealed record ReminderDto(Guid OrganisationId, string Code, string Name, DateOnly DueOn, string Kind, DateTime ListedAtUtc);

/// <summary>The reminder list for one parent: its children near or past their deadline and not reported (as of the last run of the job).</summary>
internal sealed record ListRemindersQuery(Guid OrganisationId) : IQuery<Result<IReadOnlyList<ReminderDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Read, AccessScope.Organisation(OrganisationId));
}
