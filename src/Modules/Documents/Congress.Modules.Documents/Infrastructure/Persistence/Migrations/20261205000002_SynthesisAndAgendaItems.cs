using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Documents.Infrastructure.Persistence.Migrations;

/// <summary>
/// Speech transcripts as a source of the synthesis, the edited and published synthesis per section, and a document's
/// agenda item. Hand-written, provider-neutral (docs/adr/0004, 0028).
/// </summary>
[DbContext(typeof(DocumentsDbContext))]
[Migration("20261205000002_SynthesisAndAgendaItems")]
internal sealed class SynthesisAndAgendaItems : Migration
{
    private const string Schema = DocumentsDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<Guid>("AgendaItemId", "documents", schema: Schema, nullable: true);
        m.CreateIndex("IX_documents_CongressId_AgendaItemId", "documents", ["CongressId", "AgendaItemId"], schema: Schema);

        m.CreateTable("speech_transcripts", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                DocumentId = t.Column<Guid>(nullable: false),
                VersionNumber = t.Column<int>(nullable: false),
                SectionIndex = t.Column<int>(nullable: false),
                SectionExcerpt = t.Column<string>(nullable: false),
                Speaker = t.Column<string>(nullable: false),
                SpeakerDelegateId = t.Column<Guid>(nullable: true),
                SpokenAtUtc = t.Column<DateTime>(nullable: false),
                Text = t.Column<string>(nullable: false),
                RecordedBy = t.Column<string>(nullable: false),
                RecordedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_speech_transcripts", x => x.Id));
        m.CreateIndex("IX_speech_transcripts_DocumentId_VersionNumber_SectionIndex", "speech_transcripts",
            ["DocumentId", "VersionNumber", "SectionIndex"], schema: Schema);

        m.CreateTable("section_syntheses", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                DocumentId = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                VersionNumber = t.Column<int>(nullable: false),
                SectionIndex = t.Column<int>(nullable: false),
                SectionExcerpt = t.Column<string>(nullable: false),
                Revision = t.Column<int>(nullable: false),
                DraftJson = t.Column<string>(nullable: false),
                PublishedJson = t.Column<string>(nullable: true),
                PublishedRevision = t.Column<int>(nullable: true),
                PublishedAtUtc = t.Column<DateTime>(nullable: true),
                PublishedBy = t.Column<string>(nullable: true),
                Comments = t.Column<int>(nullable: false),
                Transcripts = t.Column<int>(nullable: false),
                UpdatedAtUtc = t.Column<DateTime>(nullable: false),
                UpdatedBy = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_section_syntheses", x => x.Id));
        m.CreateIndex("IX_section_syntheses_DocumentId_VersionNumber_SectionIndex", "section_syntheses",
            ["DocumentId", "VersionNumber", "SectionIndex"], schema: Schema, unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("section_syntheses", schema: Schema);
        m.DropTable("speech_transcripts", schema: Schema);
        m.DropIndex("IX_documents_CongressId_AgendaItemId", "documents", schema: Schema);
        m.DropColumn("AgendaItemId", "documents", schema: Schema);
    }
}
