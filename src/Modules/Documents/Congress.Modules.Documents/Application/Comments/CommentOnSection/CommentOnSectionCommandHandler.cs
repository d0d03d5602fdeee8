using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Documents.Application.Comments.CommentOnSection;

internal sealed class CommentOnSectionCommandHandler(DocumentsDbContext db, DocumentVisibility visibility, DocumentStore store, ICurrentUser user, IClock clock)
    : IRequestHandler<CommentOnSectionCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CommentOnSectionCommand command, CancellationToken cancellationToken)
    {
        var document = await visibility.FindAsync(command.DocumentId, cancellationToken);
        if (document.IsFailure) return document.Error!;
        var section = await store.SectionAsync(document.Value, command.Version, command.Section, "documents.comment.section", cancellationToken);
        if (section.IsFailure) return section.Error!;
        var comment = SectionComment.Write(document.Value.Id, section.Value.Version.Number, command.Section, section.Value.Text, user.UserName, user.DelegateId,
            command.Text, clock.UtcNow);
        if (comment.IsFailure) return comment.Error!;
        db.Comments.Add(comment.Value);
        return comment.Value.Id.Value;
    }
}
