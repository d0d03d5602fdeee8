using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Reminders.RefreshReminders;

/// <summary>
/// Lists, for each parent, the organisations below it whose congress is not reported and is due within
/// Reporting:ReminderDaysBefore days or overdue; replaces the previous list. Answers how many were listed.
/// </summary>
internal sealed record RefreshRemindersCommand : ICommand<Result<int>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Maintain, AccessScope.CallerSubtree);
}
