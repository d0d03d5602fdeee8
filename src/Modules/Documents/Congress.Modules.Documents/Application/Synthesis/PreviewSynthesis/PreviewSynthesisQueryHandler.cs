using Congress.Modules.Documents.Domain.Documents;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Documents.Application.Synthesis.PreviewSynthesis;

internal sealed class PreviewSynthesisQueryHandler(SynthesisSources sources) : IRequestHandler<PreviewSynthesisQuery, Result<IReadOnlyList<SynthesisPreviewDto>>>
{
    public async Task<Result<IReadOnlyList<SynthesisPreviewDto>>> Handle(PreviewSynthesisQuery query, CancellationToken cancellationToken) =>
        (await sources.DraftSectionsAsync(new DocumentId(query.DocumentId), query.Version, null, cancellationToken))
            .Select(d => new SynthesisPreviewDto(d.Version, d.Section, d.Excerpt, d.Comments, d.Transcripts, SynthesisThemeDto.From(d.Themes)))
            .ToList();
}
