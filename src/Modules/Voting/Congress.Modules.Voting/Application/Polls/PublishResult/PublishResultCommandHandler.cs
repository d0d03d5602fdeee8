using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Application.Polls.PublishResult;

/// <summary>The tally: one read of the ballot box, the count in memory, one write of the result (and its integration event).</summary>
internal sealed class PublishResultCommandHandler(VotingDbContext db, PollAccess access, IClock clock) : IRequestHandler<PublishResultCommand, Result<PollDto>>
{
    public async Task<Result<PollDto>> Handle(PublishResultCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var poll = found.Value;
        if (poll.Status == PollStatus.Published) return PollDto.From(poll);

        var ballots = (await db.Ballots.AsNoTracking().Where(b => b.PollId == poll.Id).ToListAsync(cancellationToken)).Select(b => b.ToContent()).ToList();
        var published = poll.Publish(ballots, clock.UtcNow);
        return published.IsFailure ? published.Error! : PollDto.From(poll);
    }
}
