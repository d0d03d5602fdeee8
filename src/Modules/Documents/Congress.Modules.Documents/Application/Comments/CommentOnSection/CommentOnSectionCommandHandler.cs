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
        var version = await store.VersionAsync(document.Value.Id, command.Version, cancellationToken);
        if (version.IsFailure) return version.Error!;
        IReadOnlyList<string> sections;
        try { sections = DocumentStore.Sections(store.Text(version.Value)); }
        catch (DocumentTamperedException) { return DocumentStore.Tampered; }
        if (command.Section < 0 || command.Section >= sections.Count)
            return new Error("documents.comment.section", $"Phiên bản này có {sections.Count} mục (đánh số từ 0).");
        var comment = SectionComment.Write(document.Value.Id, version.Value.Number, command.Section, sections[command.Section], user.UserName, user.DelegateId,
            command.Text, clock.UtcNow);
        if (comment.IsFailure) return comment.Error!;
        db.Comments.Add(comment.Value);
        return comment.Value.Id.Value;
    }
}
