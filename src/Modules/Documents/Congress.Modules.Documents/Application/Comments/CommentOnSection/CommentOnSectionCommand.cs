using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Comments.CommentOnSection;

/// <summary>A comment on one section (0-based paragraph block) of a version of a draft the caller may read.</summary>
internal sealed record CommentOnSectionCommand(Guid DocumentId, int Version, int Section, string Text) : ICommand<Result<Guid>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Comment, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
