using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;

namespace Congress.Modules.Delegates.Infrastructure;

/// <summary>The caller's subtree, for the request pipeline (<see cref="ISubtreeAccess"/>) and for other modules' handlers.</summary>
internal sealed class CongressAccess(SubtreeScope scope, DelegatesDbContext db, OrganisationPaths paths) : ICongressAccess, ISubtreeAccess
{
    public async Task<bool> CanAccessAsync(Guid congressId, CancellationToken cancellationToken) =>
        (await scope.FindCongressAsync(congressId, cancellationToken)).IsSuccess;

    public Task<bool> IncludesCongressAsync(Guid congressId, CancellationToken cancellationToken) => CanAccessAsync(congressId, cancellationToken);

    public async Task<bool> IncludesOrganisationAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var path = await paths.FindAsync(db, organisationId, cancellationToken);
        return path is not null && await scope.CanSeeAsync(path, cancellationToken);
    }
}
