using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.DiscussionGroups;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.DiscussionGroups.DistributeDelegates;

internal sealed class DistributeDelegatesCommandHandler(DelegatesDbContext db, SubtreeScope scope)
    : IRequestHandler<DistributeDelegatesCommand, Result<IReadOnlyList<DiscussionGroupDto>>>
{
    public async Task<Result<IReadOnlyList<DiscussionGroupDto>>> Handle(DistributeDelegatesCommand command, CancellationToken cancellationToken)
    {
        var congress = await scope.FindCongressAsync(command.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var congressId = congress.Value.Id;

        var groups = await db.DiscussionGroups.Where(g => g.CongressId == congressId).OrderBy(g => g.Number).ToListAsync(cancellationToken);
        for (var number = groups.Count + 1; number <= command.GroupCount; number++)
        {
            var created = DiscussionGroup.Create(congressId, number, $"Tổ {number}", null).Value;
            db.DiscussionGroups.Add(created);
            groups.Add(created);
        }
        var targets = groups.Take(command.GroupCount).ToList();

        var delegates = await db.Delegates.Where(d => d.CongressId == congressId && d.Kind != DelegateKind.InvitedGuest).ToListAsync(cancellationToken);
        if (delegates.Count == 0) return new Error("delegates.group.no_delegates", "Đại hội chưa có đại biểu để chia tổ.");
        var placement = GroupBalancer.Distribute(delegates.GroupBy(d => d.Delegation).ToDictionary(g => g.Key, g => g.Count()), targets.Count);
        foreach (var delegateToPlace in delegates) delegateToPlace.AssignToGroup(targets[placement[delegateToPlace.Delegation]].Id);

        return targets.Select(g =>
        {
            var members = delegates.Where(d => d.DiscussionGroupId == g.Id).ToList();
            return new DiscussionGroupDto(g.Id.Value, congressId.Value, g.Number, g.Name, g.Location, members.Count,
                members.Select(d => d.Delegation).Distinct().Order().ToList());
        }).ToList();
    }
}
