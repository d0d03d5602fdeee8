using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Application.Access;

/// <summary>The kinds of thing a Voting request can touch by id, for <see cref="AccessScope.Resource"/>.</summary>
internal static class VotingResources
{
    public const string Poll = "voting.poll";

    /// <summary>A poll's congress, for the pipeline's subtree check.</summary>
    internal sealed class PollLocator(VotingDbContext db) : IResourceLocator
    {
        public async Task<Guid?> CongressOfAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Polls.AsNoTracking().Where(p => p.Id == new PollId(id)).Select(p => (Guid?)p.CongressId).FirstOrDefaultAsync(cancellationToken);
    }
}
