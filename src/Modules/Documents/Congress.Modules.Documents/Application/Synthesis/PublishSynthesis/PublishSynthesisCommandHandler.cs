using Congress.Modules.Documents.Application.Synthesis.EditSynthesis;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Synthesis.PublishSynthesis;

internal sealed class PublishSynthesisCommandHandler(DocumentsDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<PublishSynthesisCommand, Result<SynthesisDraftDto>>
{
    public async Task<Result<SynthesisDraftDto>> Handle(PublishSynthesisCommand command, CancellationToken cancellationToken)
    {
        var synthesis = await db.Syntheses.FirstOrDefaultAsync(s => s.Id == command.SynthesisId && s.DocumentId == new DocumentId(command.DocumentId), cancellationToken);
        if (synthesis is null) return EditSynthesisCommandHandler.NotFound;
        var current = synthesis.CheckRevision(command.Revision);
        if (current.IsFailure) return current.Error!;
        var published = synthesis.Publish(user.AuditName, clock.UtcNow);
        return published.IsFailure ? published.Error! : SynthesisDraftDto.From(synthesis);
    }
}
