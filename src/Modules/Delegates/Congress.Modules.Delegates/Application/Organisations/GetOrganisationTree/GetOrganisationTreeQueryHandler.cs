using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.Organisations.GetOrganisationTree;

internal sealed class GetOrganisationTreeQueryHandler(DelegatesDbContext db, SubtreeScope scope)
    : IRequestHandler<GetOrganisationTreeQuery, IReadOnlyList<OrganisationDto>>
{
    public async Task<IReadOnlyList<OrganisationDto>> Handle(GetOrganisationTreeQuery query, CancellationToken cancellationToken)
    {
        if (await scope.PrefixAsync(cancellationToken) is not { } prefix) return [];
        var organisations = db.Organisations.AsNoTracking().Where(o => o.Path.StartsWith(prefix));
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            organisations = organisations.Where(o => o.Name.Contains(term) || o.Code.Contains(term));
        }
        return await organisations.OrderBy(o => o.Path).Select(OrganisationDto.Projection).ToListAsync(cancellationToken);
    }
}
