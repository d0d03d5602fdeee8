using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Comments.ListComments;

internal sealed class ListCommentsQueryHandler(DocumentsDbContext db) : IRequestHandler<ListCommentsQuery, Result<IReadOnlyList<SectionCommentsDto>>>
{
    public async Task<Result<IReadOnlyList<SectionCommentsDto>>> Handle(ListCommentsQuery query, CancellationToken cancellationToken)
    {
        var documentId = new DocumentId(query.DocumentId);
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.DocumentId == documentId && (query.Version == null || c.VersionNumber == query.Version))
            .ToListAsync(cancellationToken);
        return comments.GroupBy(c => (c.VersionNumber, c.SectionIndex)).OrderBy(g => g.Key.VersionNumber).ThenBy(g => g.Key.SectionIndex)
            .Select(g => new SectionCommentsDto(g.Key.SectionIndex, g.First().SectionExcerpt, g.Select(c => c.AuthorDelegateId ?? Guid.Empty).Distinct().Count(),
                g.OrderBy(c => c.CreatedAtUtc).Select(c => new CommentDto(c.Id.Value, c.VersionNumber, c.Author, c.AuthorDelegateId, c.Text, c.CreatedAtUtc,
                    c.Answer, c.AnsweredBy, c.AnsweredAtUtc)).ToList()))
            .ToList();
    }
}
