using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Synthesis;
using Congress.Modules.Documents.Application.Synthesis.DraftSynthesis;
using Congress.Modules.Documents.Application.Synthesis.EditSynthesis;
using Congress.Modules.Documents.Application.Synthesis.ListPublishedSyntheses;
using Congress.Modules.Documents.Application.Synthesis.ListSyntheses;
using Congress.Modules.Documents.Application.Synthesis.ListTranscripts;
using Congress.Modules.Documents.Application.Synthesis.PreviewSynthesis;
using Congress.Modules.Documents.Application.Synthesis.PublishSynthesis;
using Congress.Modules.Documents.Application.Synthesis.RecordTranscript;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Documents.Endpoints;

/// <summary>
/// Speech transcripts next to the comments, and the synthesis of both per section: drafted, edited (each change names the
/// revision it was made on; a stale one is 409) and published by the secretariat, read as published by the drafting team
/// and the presidium (docs/adr/0028).
/// </summary>
internal static class SynthesisEndpoints
{
    internal sealed record TranscriptRequest(int Version, int Section, string Speaker, Guid? SpeakerDelegateId, DateTime SpokenAtUtc, string Text, Guid? AgendaItemId);

    internal sealed record DraftRequest(int Version, int Section, int? ExpectedRevision);

    internal sealed record EditRequest(int Revision, IReadOnlyList<string> Themes);

    internal sealed record PublishRequest(int Revision);

    public static void Map(RouteGroupBuilder group)
    {
        var transcripts = group.MapGroup("/{documentId:guid}/transcripts").WithTags("Documents: synthesis");
        transcripts.MapPost("/", async Task<Results<Created<Guid>, ProblemHttpResult>> (Guid documentId, TranscriptRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RecordTranscriptCommand(documentId, body.Version, body.Section, body.Speaker ?? "", body.SpeakerDelegateId, body.SpokenAtUtc,
                    body.Text ?? "", body.AgendaItemId), ct)).ToCreated(id => $"/api/documents/{documentId}/transcripts/{id}"))
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Synthesis))
            .WithSummary("Enter what a speaker said about one section (0-based) of a version: speaker, delegate (of the document's congress) if one, time, text, and the agenda item it was said under if named");
        transcripts.MapGet("/", async Task<Results<Ok<IReadOnlyList<TranscriptDto>>, ProblemHttpResult>> (Guid documentId, int? version, Guid? agendaItem, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListTranscriptsQuery(documentId, version, agendaItem), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Synthesis))
            .WithSummary("For the drafting team: the speech transcripts of a draft, by section and time (agendaItem: those said under that item)");

        var syntheses = group.MapGroup("/{documentId:guid}/syntheses").WithTags("Documents: synthesis");
        syntheses.MapGet("/", async Task<Results<Ok<IReadOnlyList<SynthesisDraftDto>>, ProblemHttpResult>> (Guid documentId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListSynthesesQuery(documentId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Synthesis))
            .WithSummary("For the secretariat: each section's synthesis being edited (with its revision) and what was last published");
        syntheses.MapGet("/preview", async Task<Results<Ok<IReadOnlyList<SynthesisPreviewDto>>, ProblemHttpResult>> (Guid documentId, int? version, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new PreviewSynthesisQuery(documentId, version), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Synthesis))
            .WithSummary("For the drafting team, live: per section, comments and speech transcripts grouped by theme, representative sentences linked to their sources, how many speakers (nothing stored)");
        syntheses.MapPost("/", async Task<Results<Ok<SynthesisDraftDto>, ProblemHttpResult>> (Guid documentId, DraftRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new DraftSynthesisCommand(documentId, body.Version, body.Section, body.ExpectedRevision), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Synthesis))
            .WithSummary("Draft a section's synthesis from its comments and transcripts; again (expectedRevision) to take in what was said since — 409 when stale");
        syntheses.MapPut("/{synthesisId:guid}", async Task<Results<Ok<SynthesisDraftDto>, ProblemHttpResult>> (Guid documentId, Guid synthesisId, EditRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new EditSynthesisCommand(documentId, synthesisId, body.Revision, body.Themes ?? []), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Synthesis))
            .WithSummary("Rewrite each theme's text (sources and counts stay); 409 when the revision is not the current one, nothing written");
        syntheses.MapPost("/{synthesisId:guid}/publish", async Task<Results<Ok<SynthesisDraftDto>, ProblemHttpResult>> (Guid documentId, Guid synthesisId, PublishRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new PublishSynthesisCommand(documentId, synthesisId, body.Revision), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Synthesis))
            .WithSummary("Publish the synthesis as it stands at this revision (409 when stale) to the drafting team and the presidium");
        syntheses.MapGet("/published", async Task<Results<Ok<IReadOnlyList<PublishedSynthesisDto>>, ProblemHttpResult>> (Guid documentId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListPublishedSynthesesQuery(documentId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.ReadSynthesis))
            .WithSummary("The published syntheses, as published: the staff and the presidium's delegates who may read the document; anyone else 404");
    }
}
