using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Infrastructure;

internal sealed class DelegateRoster(DelegatesDbContext db) : IDelegateRoster
{
    public async Task<IReadOnlyList<RosterEntry>> ListAsync(Guid congressId, CancellationToken cancellationToken) =>
        await ToEntries(Of(congressId).OrderBy(d => d.Code)).ToListAsync(cancellationToken);

    public async Task<RosterEntry?> FindByCodeAsync(Guid congressId, string code, CancellationToken cancellationToken)
    {
        var trimmed = code.Trim();
        return await ToEntries(Of(congressId).Where(d => d.Code == trimmed)).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<RosterEntry?> FindAsync(Guid congressId, Guid delegateId, CancellationToken cancellationToken) =>
        await ToEntries(Of(congressId).Where(d => d.Id == new DelegateId(delegateId))).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<CongressDelegate> Of(Guid congressId) =>
        db.Delegates.AsNoTracking().Where(d => d.CongressId == new CongressId(congressId));

    private static IQueryable<RosterEntry> ToEntries(IQueryable<CongressDelegate> delegates) =>
        delegates.Select(d => new RosterEntry(d.Id.Value, d.Code, d.FullName, d.Kind.ToString(), d.Delegation,
            d.CredentialsStatus == CredentialsStatus.Approved));
}
