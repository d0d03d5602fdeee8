using Congress.Modules.Attendance.Contracts;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Voting.Application.Eligibility;

/// <summary>
/// Who may vote now: official delegates whose credentials the board approved and who are present. Presence comes from
/// the roll call (Attendance's register) while one is running for the congress, otherwise from the list the secretariat
/// keeps here by hand.
/// </summary>
internal sealed class EligibleDelegates(IDelegateRoster roster, VotingDbContext db, IServiceProvider services)
{
    public async Task<IReadOnlyList<RosterEntry>> EligibleNowAsync(Guid congressId, CancellationToken cancellationToken)
    {
        var present = await PresentAsync(congressId, cancellationToken);
        return (await roster.ListAsync(congressId, cancellationToken))
            .Where(d => d.Kind == "Official" && d.CredentialsApproved && present.Contains(d.DelegateId)).ToList();
    }

    public async Task<IReadOnlySet<Guid>> PresentAsync(Guid congressId, CancellationToken cancellationToken)
    {
        if (services.GetService<IAttendanceRegister>() is { } register && await register.PresentDelegateIdsAsync(congressId, cancellationToken) is { } present)
            return present;
        return (await db.ManualPresence.AsNoTracking().Where(p => p.CongressId == congressId).Select(p => p.DelegateId).ToListAsync(cancellationToken)).ToHashSet();
    }
}
