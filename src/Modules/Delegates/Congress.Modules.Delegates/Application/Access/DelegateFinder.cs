using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.Access;

/// <summary>Loads a delegate (tracked, for a change) together with its congress, if the caller's subtree holds it.</summary>
internal sealed class DelegateFinder(DelegatesDbContext db, SubtreeScope scope)
{
    public static readonly Error NotFound = Error.NotFound("delegates.not_found", "Không tìm thấy đại biểu.");

    public async Task<Result<(PartyCongress Congress, CongressDelegate Delegate)>> FindAsync(Guid delegateId, CancellationToken cancellationToken)
    {
        var found = await db.Delegates.FirstOrDefaultAsync(d => d.Id == new DelegateId(delegateId), cancellationToken);
        if (found is null) return NotFound;
        var congress = await scope.FindCongressAsync(found.CongressId.Value, cancellationToken);
        if (congress.IsFailure) return NotFound;
        return (congress.Value, found);
    }
}
