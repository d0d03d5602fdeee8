using Congress.Modules.Agenda.Application.Access;
using Congress.Modules.Agenda.Domain.Groups;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Groups;

/// <summary>A congress's discussion groups (Delegates) with their officers (Agenda), and who the caller is among them.</summary>
internal sealed class GroupRoster(AgendaDbContext db, IDiscussionGroupDirectory groups, ICurrentUser user)
{
    public sealed record Group(DiscussionGroupEntry Entry, GroupOfficers? Officers);

    public async Task<IReadOnlyList<Group>> ListAsync(Guid congressId, CancellationToken cancellationToken)
    {
        var entries = await groups.ListAsync(congressId, cancellationToken);
        var officers = await db.GroupOfficers.Where(o => o.CongressId == congressId).ToDictionaryAsync(o => o.GroupId, cancellationToken);
        return entries.Select(e => new Group(e, officers.GetValueOrDefault(e.GroupId))).ToList();
    }

    /// <summary>Officials of the congress see every group's work; a delegate's tablet only its own group's.</summary>
    public bool CallerIsOfficial => user.DelegateId is null || AgendaRoles.ReadRecords.Any(user.IsInRole) || AgendaRoles.Chair.Any(user.IsInRole);

    public Guid? CallerDelegateId => user.DelegateId;
}
