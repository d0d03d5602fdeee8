using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Access;

/// <summary>
/// Who may read which document, checked on every read after the pipeline's subtree check (docs/adr/0020):
/// <list type="bullet">
/// <item>the congress's staff (system administrator, organising committee, secretariat): every document;</item>
/// <item>a delegate: a document of their own congress whose audience includes them (all delegates, their discussion group,
/// the presidium if they sit in it, or named), whatever its classification;</item>
/// <item>the credentials board and higher-level monitors: public and congress-internal documents;</item>
/// <item>observers: public documents only.</item>
/// </list>
/// Confidential documents are view-only for everyone but the staff. A document the caller may not read is "not found".
/// </summary>
internal sealed class DocumentVisibility(DocumentsDbContext db, ICurrentUser user, IOrganisationDirectory directory)
{
    public static readonly Error NotFound = Error.NotFound("documents.not_found", "Không tìm thấy tài liệu.");

    private Guid? _delegateCongress;
    private bool _delegateCongressLoaded;

    public bool IsStaff => DocumentsRoles.Manage.Any(user.IsInRole);

    /// <summary>Whether the caller may take a copy away (download): never for a confidential document unless staff.</summary>
    public bool MayDownload(Document document) => IsStaff || document.Classification != Classification.Confidential;

    public async Task<bool> MayReadAsync(Document document, CancellationToken cancellationToken) =>
        (await ReadableAsync(db.Documents.Where(d => d.Id == document.Id), cancellationToken)).Any();

    /// <summary>The documents of <paramref name="documents"/> (already limited to what the pipeline allowed) this caller may read.</summary>
    public async Task<IReadOnlyList<Document>> ReadableAsync(IQueryable<Document> documents, CancellationToken cancellationToken)
    {
        if (IsStaff) return await documents.ToListAsync(cancellationToken);
        if (user.IsInRole(Roles.Delegate) && user.DelegateId is { } delegateId)
            return await AddressedToAsync(documents, delegateId, await DelegateCongressAsync(delegateId, cancellationToken), cancellationToken);
        if (user.IsInRole(Roles.CredentialsBoard) || user.IsInRole(Roles.Monitor))
            return await documents.Where(d => d.Classification != Classification.Confidential).ToListAsync(cancellationToken);
        if (user.IsInRole(Roles.Observer))
            return await documents.Where(d => d.Classification == Classification.Public).ToListAsync(cancellationToken);
        return [];
    }

    /// <summary>
    /// The documents of <paramref name="documents"/> addressed to <paramref name="delegateId"/> — what that delegate reads,
    /// whoever asks (a tablet package is made for its delegate, also when the secretariat fetches it to preinstall).
    /// </summary>
    public async Task<IReadOnlyList<Document>> ReadableByDelegateAsync(IQueryable<Document> documents, Guid delegateId, CancellationToken cancellationToken) =>
        await AddressedToAsync(documents, delegateId, user.DelegateId == delegateId
            ? await DelegateCongressAsync(delegateId, cancellationToken)
            : await directory.DelegateCongressAsync(delegateId, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<Document>> AddressedToAsync(IQueryable<Document> documents, Guid delegateId, Guid? congressId, CancellationToken cancellationToken)
    {
        if (congressId is null) return [];
        var groupId = await db.GroupMemberships.AsNoTracking().Where(g => g.DelegateId == delegateId && g.CongressId == congressId)
            .Select(g => (Guid?)g.GroupId).FirstOrDefaultAsync(cancellationToken);
        var inPresidium = await db.Presidium.AsNoTracking().AnyAsync(p => p.CongressId == congressId && p.DelegateId == delegateId, cancellationToken);
        return await documents.Where(d => d.CongressId == congressId && (
                d.Audience == AudienceKind.AllDelegates
                || (d.Audience == AudienceKind.DiscussionGroup && groupId != null && d.AudienceGroupId == groupId)
                || (d.Audience == AudienceKind.Presidium && inPresidium)
                || (d.Audience == AudienceKind.NamedDelegates && d.Readers.Any(r => r.DelegateId == delegateId))))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The document with this id, if the caller may read it; otherwise the same "not found" as for no such document.</summary>
    public async Task<Result<Document>> FindAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var found = await ReadableAsync(db.Documents.Include(d => d.Readers).Where(d => d.Id == new DocumentId(documentId)), cancellationToken);
        return found.Count == 1 ? found[0] : NotFound;
    }

    private async Task<Guid?> DelegateCongressAsync(Guid delegateId, CancellationToken cancellationToken)
    {
        if (_delegateCongressLoaded) return _delegateCongress;
        _delegateCongressLoaded = true;
        return _delegateCongress = await directory.DelegateCongressAsync(delegateId, cancellationToken);
    }
}
