using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Application.Access;

/// <summary>A poll the caller may see: its congress lies in the caller's subtree. Otherwise "not found", revealing nothing.</summary>
internal sealed class PollAccess(VotingDbContext db, ICongressAccess access)
{
    public async Task<Result<Poll>> FindAsync(Guid pollId, CancellationToken cancellationToken)
    {
        var poll = await db.Polls.FirstOrDefaultAsync(p => p.Id == new PollId(pollId), cancellationToken);
        return poll is not null && await access.CanAccessAsync(poll.CongressId, cancellationToken) ? poll : PollErrors.PollNotFound;
    }

    public async Task<Result> CheckCongressAsync(Guid congressId, CancellationToken cancellationToken) =>
        await access.CanAccessAsync(congressId, cancellationToken) ? Result.Success() : Error.NotFound("voting.congress.not_found", "Không tìm thấy đại hội.");
}
