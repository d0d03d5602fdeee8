using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Presidium;

/// <summary>Documents' list of a congress's presidium, replaced as a whole — set by hand or by the congress's election.</summary>
internal static class PresidiumList
{
    /// <summary>Makes <paramref name="delegateIds"/> the presidium (those leaving removed, those joining added); returns how many sit in it.</summary>
    public static async Task<int> ReplaceAsync(DocumentsDbContext db, Guid congressId, IEnumerable<Guid> delegateIds, CancellationToken cancellationToken)
    {
        var members = delegateIds.ToHashSet();
        var current = await db.Presidium.Where(p => p.CongressId == congressId).ToListAsync(cancellationToken);
        db.Presidium.RemoveRange(current.Where(p => !members.Contains(p.DelegateId)));
        var sitting = current.Select(p => p.DelegateId).ToHashSet();
        db.Presidium.AddRange(members.Where(id => !sitting.Contains(id)).Select(id => new PresidiumMember(congressId, id)));
        return members.Count;
    }
}
