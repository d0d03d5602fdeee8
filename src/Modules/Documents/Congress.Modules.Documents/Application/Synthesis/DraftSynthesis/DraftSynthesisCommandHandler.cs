using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Synthesis;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Synthesis.DraftSynthesis;

internal sealed class DraftSynthesisCommandHandler(
    DocumentsDbContext db, DocumentVisibility visibility, DocumentStore store, SynthesisSources sources, ICurrentUser user, IClock clock)
    : IRequestHandler<DraftSynthesisCommand, Result<SynthesisDraftDto>>
{
    public async Task<Result<SynthesisDraftDto>> Handle(DraftSynthesisCommand command, CancellationToken cancellationToken)
    {
        var document = await visibility.FindAsync(command.DocumentId, cancellationToken);
        if (document.IsFailure) return document.Error!;
        var version = await store.VersionAsync(document.Value.Id, command.Version, cancellationToken);
        if (version.IsFailure) return version.Error!;
        var existing = await db.Syntheses.FirstOrDefaultAsync(s => s.DocumentId == document.Value.Id && s.VersionNumber == command.Version
            && s.SectionIndex == command.Section, cancellationToken);
        if (existing is not null)
        {
            var current = command.ExpectedRevision is { } expected ? existing.CheckRevision(expected) : SectionSynthesis.Stale;
            if (current.IsFailure) return current.Error!;
        }
        var drafted = await sources.DraftAsync(document.Value.Id, command.Version, command.Section, cancellationToken);
        if (drafted.Themes.Count == 0) return new Error("documents.synthesis.empty", "Mục này chưa có góp ý hay phát biểu nào để tổng hợp.");
        if (existing is not null)
        {
            existing.Redraft(drafted.Themes, drafted.Comments, drafted.Transcripts, user.AuditName, clock.UtcNow);
            return SynthesisDraftDto.From(existing);
        }
        IReadOnlyList<string> sections;
        try { sections = DocumentStore.Sections(store.Text(version.Value)); }
        catch (DocumentTamperedException) { return DocumentStore.Tampered; }
        if (command.Section < 0 || command.Section >= sections.Count)
            return new Error("documents.synthesis.section", $"Phiên bản này có {sections.Count} mục (đánh số từ 0).");
        var synthesis = SectionSynthesis.Start(document.Value.Id, document.Value.CongressId, version.Value.Number, command.Section, sections[command.Section],
            drafted.Themes, drafted.Comments, drafted.Transcripts, user.AuditName, clock.UtcNow);
        db.Syntheses.Add(synthesis);
        return SynthesisDraftDto.From(synthesis);
    }
}
