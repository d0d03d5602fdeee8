using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Reminders.ListReminders;

internal sealed class ListRemindersQueryHandler(ReportingDbContext db) : IRequestHandler<ListRemindersQuery, Result<IReadOnlyList<ReminderDto>>>
{
    public async Task<Result<IReadOnlyList<ReminderDto>>> Handle(ListRemindersQuery query, CancellationToken cancellationToken) =>
        await db.Reminders.AsNoTracking().Where(r => r.ParentOrganisationId == query.OrganisationId)
            .OrderBy(r => r.DueOn).ThenBy(r => r.Code)
            .Select(r => new ReminderDto(r.OrganisationId, r.Code, r.Name, r.DueOn, r.Kind, r.ListedAtUtc)).ToListAsync(cancellationToken);
}
