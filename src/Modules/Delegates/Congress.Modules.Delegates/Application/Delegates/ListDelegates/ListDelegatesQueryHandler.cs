using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Web;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.Delegates.ListDelegates;

internal sealed class ListDelegatesQueryHandler(DelegatesDbContext db, SubtreeScope scope)
    : IRequestHandler<ListDelegatesQuery, Result<PagedList<DelegateDto>>>
{
    public async Task<Result<PagedList<DelegateDto>>> Handle(ListDelegatesQuery query, CancellationToken cancellationToken)
    {
        var congress = await scope.FindCongressAsync(query.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var specification = new DelegatesMatchingSpecification(congress.Value.Id, query);
        var total = await db.Delegates.WithCriteria(specification).CountAsync(cancellationToken);
        var items = await db.Delegates.WithSpecification(specification).ToListAsync(cancellationToken);
        return new PagedList<DelegateDto>(items, query.Page, query.PageSize, total);
    }
}
