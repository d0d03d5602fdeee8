using Congress.Modules.Documents.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Congress.Modules.Documents.Infrastructure.Persistence.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.Title).IsRequired();
        b.Property(d => d.Classification).HasConversion<string>().IsRequired();
        b.Property(d => d.Audience).HasConversion<string>().IsRequired();
        b.Property(d => d.CreatedBy).IsRequired();
        b.HasIndex(d => d.CongressId);
        b.HasIndex(d => new { d.CongressId, d.AgendaItemId });
        b.HasMany(d => d.Readers).WithOne().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Readers).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_readers");
    }
}

internal sealed class DocumentReaderConfiguration : IEntityTypeConfiguration<DocumentReader>
{
    public void Configure(EntityTypeBuilder<DocumentReader> b)
    {
        b.ToTable("document_readers");
        b.HasKey(r => new { r.DocumentId, r.DelegateId });
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> b)
    {
        b.ToTable("document_versions");
        b.HasKey(v => v.Id);
        b.Property(v => v.FileName).IsRequired();
        b.Property(v => v.Format).HasConversion<string>().IsRequired();
        b.Property(v => v.Sha256).IsRequired();
        b.Property(v => v.WrappedKey).IsRequired();
        b.Property(v => v.SealedContent).IsRequired();
        b.Property(v => v.SealedText).IsRequired();
        b.Property(v => v.ChangeNote).IsRequired();
        b.Property(v => v.UploadedBy).IsRequired();
        b.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
    }
}

internal sealed class WatermarkConfiguration : IEntityTypeConfiguration<Watermark>
{
    public void Configure(EntityTypeBuilder<Watermark> b)
    {
        b.ToTable("watermarks");
        b.HasKey(w => w.Code);
        b.Property(w => w.Recipient).IsRequired();
        b.Property(w => w.Purpose).IsRequired();
        b.HasIndex(w => w.DocumentId);
    }
}

internal sealed class IntegrityAlertConfiguration : IEntityTypeConfiguration<IntegrityAlert>
{
    public void Configure(EntityTypeBuilder<IntegrityAlert> b)
    {
        b.ToTable("integrity_alerts");
        b.HasKey(a => a.Id);
        b.Property(a => a.Caller).IsRequired();
    }
}

internal sealed class PresidiumMemberConfiguration : IEntityTypeConfiguration<PresidiumMember>
{
    public void Configure(EntityTypeBuilder<PresidiumMember> b)
    {
        b.ToTable("presidium_members");
        b.HasKey(p => new { p.CongressId, p.DelegateId });
    }
}

internal sealed class GroupMembershipConfiguration : IEntityTypeConfiguration<GroupMembership>
{
    public void Configure(EntityTypeBuilder<GroupMembership> b)
    {
        b.ToTable("group_memberships");
        b.HasKey(g => g.DelegateId);
        b.HasIndex(g => new { g.CongressId, g.GroupId });
    }
}

internal sealed class SectionCommentConfiguration : IEntityTypeConfiguration<SectionComment>
{
    public void Configure(EntityTypeBuilder<SectionComment> b)
    {
        b.ToTable("section_comments");
        b.HasKey(c => c.Id);
        b.Property(c => c.SectionExcerpt).IsRequired();
        b.Property(c => c.Author).IsRequired();
        b.Property(c => c.Text).IsRequired();
        b.HasIndex(c => new { c.DocumentId, c.VersionNumber, c.SectionIndex });
    }
}
