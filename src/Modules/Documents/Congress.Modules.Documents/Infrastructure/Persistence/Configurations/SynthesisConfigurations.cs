using Congress.Modules.Documents.Domain.Synthesis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Congress.Modules.Documents.Infrastructure.Persistence.Configurations;

internal sealed class SpeechTranscriptConfiguration : IEntityTypeConfiguration<SpeechTranscript>
{
    public void Configure(EntityTypeBuilder<SpeechTranscript> b)
    {
        b.ToTable("speech_transcripts");
        b.HasKey(t => t.Id);
        b.Property(t => t.SectionExcerpt).IsRequired();
        b.Property(t => t.Speaker).IsRequired();
        b.Property(t => t.Text).IsRequired();
        b.Property(t => t.RecordedBy).IsRequired();
        b.HasIndex(t => new { t.DocumentId, t.VersionNumber, t.SectionIndex });
        b.HasIndex(t => t.AgendaItemId);
    }
}

internal sealed class SectionSynthesisConfiguration : IEntityTypeConfiguration<SectionSynthesis>
{
    public void Configure(EntityTypeBuilder<SectionSynthesis> b)
    {
        b.ToTable("section_syntheses");
        b.HasKey(s => s.Id);
        b.Property(s => s.SectionExcerpt).IsRequired();
        b.Property(s => s.DraftJson).IsRequired();
        b.Property(s => s.UpdatedBy).IsRequired();
        b.Property(s => s.Revision).IsConcurrencyToken();
        b.Ignore(s => s.Draft);
        b.Ignore(s => s.Published);
        b.Ignore(s => s.IsPublished);
        b.Ignore(s => s.HasUnpublishedChanges);
        b.HasIndex(s => new { s.DocumentId, s.VersionNumber, s.SectionIndex }).IsUnique();
    }
}
