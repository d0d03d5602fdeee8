using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Domain.Ballots;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Application.Presence.SetManualPresence;

/// <summary>Answers with the number of delegates marked present afterwards.</summary>
internal sealed class SetManualPresenceCommandHandler(VotingDbContext db, PollAccess access, IDelegateRoster roster)
    : IRequestHandler<SetManualPresenceCommand, Result<int>>
{
    public async Task<Result<int>> Handle(SetManualPresenceCommand command, CancellationToken cancellationToken)
    {
        var congress = await access.CheckCongressAsync(command.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var known = (await roster.ListAsync(command.CongressId, cancellationToken)).Select(d => d.DelegateId).ToHashSet();
        var unknown = command.DelegateIds.FirstOrDefault(id => !known.Contains(id));
        if (unknown != Guid.Empty) return Error.NotFound("voting.presence.unknown_delegate", $"Không có đại biểu {unknown} trong đại hội này.");

        var ids = command.DelegateIds.Distinct().ToList();
        var marked = await db.ManualPresence.Where(p => p.CongressId == command.CongressId && ids.Contains(p.DelegateId)).ToListAsync(cancellationToken);
        if (command.Present)
            db.ManualPresence.AddRange(ids.Except(marked.Select(m => m.DelegateId)).Select(id => new ManualPresence(command.CongressId, id)));
        else
            db.ManualPresence.RemoveRange(marked);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ManualPresence.CountAsync(p => p.CongressId == command.CongressId, cancellationToken);
    }
}
