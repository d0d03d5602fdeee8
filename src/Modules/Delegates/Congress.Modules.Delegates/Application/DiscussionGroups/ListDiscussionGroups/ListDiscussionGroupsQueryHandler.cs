using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.DiscussionGroups.ListDiscussionGroups;

internal sealed class ListDiscussionGroupsQueryHandler(DelegatesDbContext db, SubtreeScope scope)
    : IRequestHandler<ListDiscussionGroupsQuery, Result<IReadOnlyList<DiscussionGroupDto>>>
{
    public async Task<Result<IReadOnlyList<DiscussionGroupDto>>> Handle(ListDiscussionGroupsQuery query, CancellationToken cancellationToken)
    {
        var congress = await scope.FindCongressAsync(query.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var congressId = congress.Value.Id;
        var groups = await db.DiscussionGroups.AsNoTracking().Where(g => g.CongressId == congressId).OrderBy(g => g.Number).ToListAsync(cancellationToken);
        var members = await db.Delegates.AsNoTracking().Where(d => d.CongressId == congressId && d.DiscussionGroupId != null)
            .Select(d => new { d.DiscussionGroupId, d.Delegation }).ToListAsync(cancellationToken);
        return groups.Select(g =>
        {
            var inGroup = members.Where(m => m.DiscussionGroupId == g.Id).ToList();
            return new DiscussionGroupDto(g.Id.Value, congressId.Value, g.Number, g.Name, g.Location, inGroup.Count,
                inGroup.Select(m => m.Delegation).Distinct().Order().ToList());
        }).ToList();
    }
}
