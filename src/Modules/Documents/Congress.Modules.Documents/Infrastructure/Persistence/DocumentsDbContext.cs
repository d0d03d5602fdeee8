using Congress.Modules.Documents.Domain.Devices;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Domain.Synthesis;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Infrastructure.Persistence;

internal sealed class DocumentsDbContext(DbContextOptions<DocumentsDbContext> options, ModuleDbContextServices services)
    : ModuleDbContext(options, services)
{
    public const string SchemaName = "documents";

    public override string Schema => SchemaName;

    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentVersion> Versions => Set<DocumentVersion>();
    public DbSet<Watermark> Watermarks => Set<Watermark>();
    public DbSet<IntegrityAlert> IntegrityAlerts => Set<IntegrityAlert>();
    public DbSet<PresidiumMember> Presidium => Set<PresidiumMember>();
    public DbSet<GroupMembership> GroupMemberships => Set<GroupMembership>();
    public DbSet<SectionComment> Comments => Set<SectionComment>();
    public DbSet<SpeechTranscript> Transcripts => Set<SpeechTranscript>();
    public DbSet<SectionSynthesis> Syntheses => Set<SectionSynthesis>();
    public DbSet<TabletDevice> Devices => Set<TabletDevice>();
    public DbSet<DevicePackage> DevicePackages => Set<DevicePackage>();
}
