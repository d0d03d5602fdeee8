using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Documents.Infrastructure.Persistence.Migrations;

/// <summary>A speech transcript names the agenda item it was said under (optional; earlier transcripts name none). Hand-written, provider-neutral (docs/adr/0004).</summary>
[DbContext(typeof(DocumentsDbContext))]
[Migration("20261205000010_TranscriptAgendaItems")]
internal sealed class TranscriptAgendaItems : Migration
{
    private const string Schema = DocumentsDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<Guid>("AgendaItemId", "speech_transcripts", schema: Schema, nullable: true);
        m.CreateIndex("IX_speech_transcripts_AgendaItemId", "speech_transcripts", "AgendaItemId", schema: Schema);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_speech_transcripts_AgendaItemId", "speech_transcripts", schema: Schema);
        m.DropColumn("AgendaItemId", "speech_transcripts", schema: Schema);
    }
}
