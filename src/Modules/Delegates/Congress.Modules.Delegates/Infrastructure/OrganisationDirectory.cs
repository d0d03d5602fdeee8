using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.Organisations;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Infrastructure;

internal sealed class OrganisationDirectory(DelegatesDbContext db, OrganisationPaths paths) : IOrganisationDirectory
{
    public async Task<bool> IsWithinAsync(Guid scopeRootId, Guid organisationId, CancellationToken cancellationToken) =>
        await paths.FindAsync(db, scopeRootId, cancellationToken) is { } root
        && await paths.FindAsync(db, organisationId, cancellationToken) is { } target
        && target.StartsWith(root, StringComparison.Ordinal);

    public async Task<Guid?> FindByCodeAsync(string code, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Code == code).Select(o => (Guid?)o.Id.Value).FirstOrDefaultAsync(cancellationToken);

    public async Task<Guid?> CongressOrganisationAsync(Guid congressId, CancellationToken cancellationToken) =>
        await db.Congresses.AsNoTracking().Where(c => c.Id == new CongressId(congressId))
            .Select(c => (Guid?)c.OrganisationId.Value).FirstOrDefaultAsync(cancellationToken);

    public async Task<Guid?> DelegateCongressAsync(Guid delegateId, CancellationToken cancellationToken) =>
        await db.Delegates.AsNoTracking().Where(d => d.Id == new DelegateId(delegateId))
            .Select(d => (Guid?)d.CongressId.Value).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<OrganisationNode>> ListTreeAsync(CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().OrderBy(o => o.Path)
            .Select(o => new OrganisationNode(o.Id.Value, o.ParentId.HasValue ? o.ParentId.Value.Value : null, o.Code, o.Name, o.Level.ToString(), o.Path))
            .ToListAsync(cancellationToken);

    public async Task<OrganisationNode?> FindNodeAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == new OrganisationId(organisationId))
            .Select(o => new OrganisationNode(o.Id.Value, o.ParentId.HasValue ? o.ParentId.Value.Value : null, o.Code, o.Name, o.Level.ToString(), o.Path))
            .FirstOrDefaultAsync(cancellationToken);
}
