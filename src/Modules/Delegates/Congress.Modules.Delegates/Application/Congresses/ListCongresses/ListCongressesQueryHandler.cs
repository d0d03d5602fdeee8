using Congress.Modules.Delegates.Application.Access;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.Congresses.ListCongresses;

internal sealed class ListCongressesQueryHandler(SubtreeScope scope) : IRequestHandler<ListCongressesQuery, IReadOnlyList<CongressDto>>
{
    public async Task<IReadOnlyList<CongressDto>> Handle(ListCongressesQuery query, CancellationToken cancellationToken) =>
        await (await scope.CongressesAsync(cancellationToken)).AsNoTracking()
            .OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(CongressDto.Projection).ToListAsync(cancellationToken);
}
