using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Portal;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Infrastructure;

internal sealed class CongressChoices(SubtreeScope scope) : ICongressChoices
{
    public async Task<IReadOnlyList<CongressChoice>> ForCurrentUserAsync(CancellationToken cancellationToken) =>
        (await (await scope.CongressesAsync(cancellationToken)).AsNoTracking()
            .OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new { Id = c.Id.Value, c.Name, c.TermStartYear, c.TermEndYear })
            .ToListAsync(cancellationToken))
        .Select(c => new CongressChoice(c.Id, c.Name, $"{c.TermStartYear}–{c.TermEndYear}")).ToList();
}
