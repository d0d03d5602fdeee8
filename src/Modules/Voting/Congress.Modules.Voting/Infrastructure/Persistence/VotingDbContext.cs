using Congress.Modules.Voting.Domain.Ballots;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Infrastructure.Persistence;

internal sealed class VotingDbContext(DbContextOptions<VotingDbContext> options, ModuleDbContextServices services)
    : ModuleDbContext(options, services)
{
    public const string SchemaName = "voting";

    public override string Schema => SchemaName;

    public DbSet<Poll> Polls => Set<Poll>();
    public DbSet<EligibleVoter> EligibleVoters => Set<EligibleVoter>();
    public DbSet<Voter> Voters => Set<Voter>();
    public DbSet<Ballot> Ballots => Set<Ballot>();
    public DbSet<SealedBallot> SealedBallots => Set<SealedBallot>();
    public DbSet<NamedBallot> NamedBallots => Set<NamedBallot>();
    public DbSet<ManualPresence> ManualPresence => Set<ManualPresence>();
}
