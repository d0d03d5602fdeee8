using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Programme;

/// <summary>Loading the programme's pieces for a change, scoped to the congress named in the request.</summary>
internal static class ProgrammeOrder
{
    public static Task<AgendaSession?> SessionAsync(this AgendaDbContext db, Guid congressId, Guid sessionId, CancellationToken ct) =>
        db.Sessions.FirstOrDefaultAsync(s => s.Id == new SessionId(sessionId) && s.CongressId == congressId, ct);

    public static Task<AgendaItem?> ItemAsync(this AgendaDbContext db, Guid congressId, Guid itemId, CancellationToken ct) =>
        db.Items.FirstOrDefaultAsync(i => i.Id == new ItemId(itemId) && i.CongressId == congressId, ct);

    public static async Task<List<AgendaItem>> ItemsOfAsync(this AgendaDbContext db, SessionId sessionId, CancellationToken ct) =>
        (await db.Items.Where(i => i.SessionId == sessionId).ToListAsync(ct)).OrderBy(i => i.Number).ToList();

    /// <summary>Puts <paramref name="item"/> at <paramref name="position"/> (1-based, clamped) among <paramref name="others"/> and numbers them all 1…n.</summary>
    public static void Place(List<AgendaItem> others, AgendaItem item, int? position)
    {
        others.Remove(item);
        var index = Math.Clamp((position ?? others.Count + 1) - 1, 0, others.Count);
        others.Insert(index, item);
        for (var i = 0; i < others.Count; i++) others[i].Renumber(i + 1);
    }

    /// <summary>The hall's calendar day of a moment.</summary>
    public static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(VietnamTime.FromUtc(utc));
}
