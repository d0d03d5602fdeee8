using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Comments.AnswerComment;

internal sealed class AnswerCommentCommandHandler(DocumentsDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<AnswerCommentCommand, Result>
{
    public static readonly Error NotFound = Error.NotFound("documents.comment.not_found", "Không tìm thấy góp ý.");

    public async Task<Result> Handle(AnswerCommentCommand command, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(
            c => c.Id == new SectionCommentId(command.CommentId) && c.DocumentId == new DocumentId(command.DocumentId), cancellationToken);
        return comment is null ? NotFound : comment.AnswerWith(command.Answer, user.UserName, clock.UtcNow);
    }
}
