using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Comments;
using Congress.Modules.Documents.Application.Comments.AnswerComment;
using Congress.Modules.Documents.Application.Comments.CommentOnSection;
using Congress.Modules.Documents.Application.Comments.ListComments;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Documents.Endpoints;

/// <summary>Delegates comment on sections of a draft; the drafting team reads them by section and answers.</summary>
internal static class CommentEndpoints
{
    internal sealed record CommentRequest(int Version, int Section, string Text);

    internal sealed record AnswerRequest(string Answer);

    public static void Map(RouteGroupBuilder group)
    {
        var comments = group.MapGroup("/{documentId:guid}/comments").WithTags("Documents: comments");

        comments.MapPost("/", async Task<Results<Created<Guid>, ProblemHttpResult>> (Guid documentId, CommentRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CommentOnSectionCommand(documentId, body.Version, body.Section, body.Text), ct))
                    .ToCreated(id => $"/api/documents/{documentId}/comments/{id}"))
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Comment))
            .WithSummary("Comment on one section (0-based paragraph block) of a version; 404 when the caller may not read the document");

        comments.MapGet("/", async Task<Results<Ok<IReadOnlyList<SectionCommentsDto>>, ProblemHttpResult>> (Guid documentId, int? version, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListCommentsQuery(documentId, version), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Manage))
            .WithSummary("For the drafting team: the comments by section, with who and when, and the answers");

        comments.MapPut("/{commentId:guid}/answer", async Task<Results<NoContent, ProblemHttpResult>> (Guid documentId, Guid commentId, AnswerRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AnswerCommentCommand(documentId, commentId, body.Answer), ct)).ToNoContent())
            .RequireAuthorization(p => p.RequireRole(DocumentsRoles.Manage))
            .WithSummary("Answer a comment");
    }
}
