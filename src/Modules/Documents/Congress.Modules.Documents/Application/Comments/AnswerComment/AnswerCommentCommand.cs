using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Comments.AnswerComment;

/// <summary>The drafting team answers a comment (replaces an earlier answer).</summary>
internal sealed record AnswerCommentCommand(Guid DocumentId, Guid CommentId, string Answer) : ICommand<Result>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Manage, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
