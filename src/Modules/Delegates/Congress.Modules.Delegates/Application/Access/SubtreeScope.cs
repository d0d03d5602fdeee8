using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.Access;

/// <summary>
/// The caller's subtree of the organisation tree, as a path prefix. A system administrator's prefix is "/"
/// (everything); a caller with no organisation sees nothing. Out-of-scope rows answer "not found",
/// so nothing of another subtree is revealed, not even that it exists.
/// </summary>
internal sealed class SubtreeScope(DelegatesDbContext db, ICurrentUser user, OrganisationPaths paths)
{
    private string? _prefix;
    private bool _loaded;

    public static readonly Error CongressNotFound = Error.NotFound("delegates.congress.not_found", "Không tìm thấy đại hội.");

    /// <summary>The path prefix the caller may see, or null if none.</summary>
    public async Task<string?> PrefixAsync(CancellationToken cancellationToken)
    {
        if (_loaded) return _prefix;
        _loaded = true;
        if (user.IsSystemAdmin) return _prefix = "/";
        if (user.OrganisationId is not { } organisationId) return _prefix = null;
        return _prefix = await paths.FindAsync(db, organisationId, cancellationToken);
    }

    public async Task<bool> CanSeeAsync(string path, CancellationToken cancellationToken) =>
        await PrefixAsync(cancellationToken) is { } prefix && path.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>The congresses the caller may see.</summary>
    public async Task<IQueryable<PartyCongress>> CongressesAsync(CancellationToken cancellationToken)
    {
        var prefix = await PrefixAsync(cancellationToken);
        return prefix is null
            ? db.Congresses.Where(_ => false)
            : db.Congresses.Where(c => c.OrganisationPath.StartsWith(prefix));
    }

    /// <summary>A congress the caller may see, or the not-found error.</summary>
    public async Task<Result<PartyCongress>> FindCongressAsync(Guid congressId, CancellationToken cancellationToken)
    {
        var congress = await (await CongressesAsync(cancellationToken)).FirstOrDefaultAsync(c => c.Id == new CongressId(congressId), cancellationToken);
        return congress is null ? CongressNotFound : congress;
    }
}
