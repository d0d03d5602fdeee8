using Congress.Modules.Agenda.Domain.Bodies;
using Congress.Modules.Agenda.Domain.Groups;
using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Domain.Speakers;
using Congress.Modules.Agenda.Domain.Tasks;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Infrastructure.Persistence;

internal sealed class AgendaDbContext(DbContextOptions<AgendaDbContext> options, ModuleDbContextServices services)
    : ModuleDbContext(options, services)
{
    public const string SchemaName = "agenda";

    public override string Schema => SchemaName;

    public DbSet<AgendaSession> Sessions => Set<AgendaSession>();
    public DbSet<AgendaItem> Items => Set<AgendaItem>();
    public DbSet<Speaker> Speakers => Set<Speaker>();
    public DbSet<BodyMember> BodyMembers => Set<BodyMember>();
    public DbSet<AgendaSettings> Settings => Set<AgendaSettings>();
    public DbSet<CommitteeTask> Tasks => Set<CommitteeTask>();
    public DbSet<ProgrammeChange> ProgrammeChanges => Set<ProgrammeChange>();
    public DbSet<GroupOfficers> GroupOfficers => Set<GroupOfficers>();
    public DbSet<GroupReport> GroupReports => Set<GroupReport>();
}
