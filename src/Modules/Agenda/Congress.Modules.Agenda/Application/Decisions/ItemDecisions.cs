using Congress.Modules.Agenda.Contracts;
using Congress.Modules.Agenda.Domain.Bodies;
using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Decisions;

/// <summary>
/// Records an item's outcome, the same way whether it came from Voting's published result or was typed in after a show
/// of hands: the item is marked decided and, for an item that fills one of the congress's bodies, the elected people become
/// that body (delegate codes are resolved against the roster; a name that is not a delegate's code is kept as written).
/// </summary>
internal sealed class ItemDecisions(AgendaDbContext db, IDelegateRoster roster, IClock clock)
{
    public async Task<Result> DecideAsync(AgendaItem item, bool passed, IReadOnlyList<string> elected, bool byHand, CongressBody body, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var decided = item.Decide(passed, elected, byHand, body, now);
        if (decided.IsFailure) return decided;
        if (elected.Count > 0 && item.Body != CongressBody.None)
        {
            var existing = await db.BodyMembers.Where(m => m.CongressId == item.CongressId && m.Body == item.Body).ToListAsync(ct);
            db.BodyMembers.RemoveRange(existing); // a body elected again replaces the earlier one
            var delegates = (await roster.ListAsync(item.CongressId, ct)).ToDictionary(d => d.Code, StringComparer.Ordinal);
            var position = 0;
            var members = new List<Guid>();
            foreach (var key in elected.Distinct(StringComparer.Ordinal))
            {
                delegates.TryGetValue(key, out var entry);
                db.BodyMembers.Add(BodyMember.Elected(item, item.Body, ++position, key, entry?.FullName ?? key, entry?.DelegateId, now));
                if (entry is not null) members.Add(entry.DelegateId);
            }
            db.Publish(new CongressBodyElectedIntegrationEvent(item.CongressId, item.Body.ToString(), members, ByBallot: !byHand));
        }
        db.Publish(new AgendaItemDecidedIntegrationEvent(item.Id.Value, item.CongressId, item.Title, passed, elected));
        return Result.Success();
    }
}
