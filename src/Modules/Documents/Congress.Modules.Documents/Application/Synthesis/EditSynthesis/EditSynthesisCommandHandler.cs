using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Synthesis.EditSynthesis;

internal sealed class EditSynthesisCommandHandler(DocumentsDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<EditSynthesisCommand, Result<SynthesisDraftDto>>
{
    public static readonly Error NotFound = Error.NotFound("documents.synthesis.not_found", "Không tìm thấy bản tổng hợp này.");

    public async Task<Result<SynthesisDraftDto>> Handle(EditSynthesisCommand command, CancellationToken cancellationToken)
    {
        var synthesis = await db.Syntheses.FirstOrDefaultAsync(s => s.Id == command.SynthesisId && s.DocumentId == new DocumentId(command.DocumentId), cancellationToken);
        if (synthesis is null) return NotFound;
        var current = synthesis.CheckRevision(command.Revision);
        if (current.IsFailure) return current.Error!;
        var edited = synthesis.Edit(command.Themes ?? [], user.AuditName, clock.UtcNow);
        return edited.IsFailure ? edited.Error! : SynthesisDraftDto.From(synthesis);
    }
}
