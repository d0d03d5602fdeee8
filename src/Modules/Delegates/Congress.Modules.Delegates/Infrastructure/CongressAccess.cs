using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Contracts;

namespace Congress.Modules.Delegates.Infrastructure;

internal sealed class CongressAccess(SubtreeScope scope) : ICongressAccess
{
    public async Task<bool> CanAccessAsync(Guid congressId, CancellationToken cancellationToken) =>
        (await scope.FindCongressAsync(congressId, cancellationToken)).IsSuccess;
}
