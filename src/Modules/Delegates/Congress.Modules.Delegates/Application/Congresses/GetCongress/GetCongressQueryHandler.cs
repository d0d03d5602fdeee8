using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.Congresses.GetCongress;

internal sealed class GetCongressQueryHandler(DelegatesDbContext db, SubtreeScope scope) : IRequestHandler<GetCongressQuery, Result<CongressDetailDto>>
{
    public async Task<Result<CongressDetailDto>> Handle(GetCongressQuery query, CancellationToken cancellationToken)
    {
        var found = await scope.FindCongressAsync(query.CongressId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var congress = found.Value;
        var counts = await db.Delegates.AsNoTracking().Where(d => d.CongressId == congress.Id)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                All = g.Count(),
                Official = g.Count(d => d.Kind == DelegateKind.Official),
                Approved = g.Count(d => d.CredentialsStatus == CredentialsStatus.Approved),
                Pending = g.Count(d => d.CredentialsStatus == CredentialsStatus.Pending && d.Kind != DelegateKind.InvitedGuest),
            })
            .FirstOrDefaultAsync(cancellationToken);
        var groups = await db.DiscussionGroups.CountAsync(g => g.CongressId == congress.Id, cancellationToken);
        return new CongressDetailDto(CongressDto.From(congress), counts?.All ?? 0, counts?.Official ?? 0, counts?.Approved ?? 0, counts?.Pending ?? 0, groups);
    }
}
