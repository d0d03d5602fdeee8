using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Ports;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Documents.Application.Documents.CompareVersions;

internal sealed class CompareVersionsQueryHandler(DocumentVisibility visibility, DocumentStore store)
    : IRequestHandler<CompareVersionsQuery, Result<VersionDiffDto>>
{
    public async Task<Result<VersionDiffDto>> Handle(CompareVersionsQuery query, CancellationToken cancellationToken)
    {
        var document = await visibility.FindAsync(query.DocumentId, cancellationToken);
        if (document.IsFailure) return document.Error!;
        var to = query.To ?? document.Value.CurrentVersion;
        var from = query.From ?? to - 1;
        if (from < 1 || from >= to) return new Error("documents.diff.range", "Chọn hai phiên bản khác nhau, phiên bản cũ trước.");
        var before = await store.VersionAsync(document.Value.Id, from, cancellationToken);
        if (before.IsFailure) return before.Error!;
        var after = await store.VersionAsync(document.Value.Id, to, cancellationToken);
        if (after.IsFailure) return after.Error!;
        IReadOnlyList<SectionChangeDto> sections;
        try { sections = SectionDiff.Compare(DocumentStore.Sections(store.Text(before.Value)), DocumentStore.Sections(store.Text(after.Value))); }
        catch (DocumentTamperedException) { return DocumentStore.Tampered; }
        return new VersionDiffDto(query.DocumentId, from, to, sections.Count(s => s.Kind == "added"), sections.Count(s => s.Kind == "removed"),
            sections.Count(s => s.Kind == "changed"), sections);
    }
}
