using Congress.Modules.Sample.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Sample.Application.Notes.ListNotes;

internal sealed class ListNotesQueryHandler(SampleDbContext db)
    : IRequestHandler<ListNotesQuery, Result<IReadOnlyList<NoteDto>>>
{
    public async Task<Result<IReadOnlyList<NoteDto>>> Handle(ListNotesQuery query, CancellationToken cancellationToken)
    {
        var notes = await db.Notes.AsNoTracking().Where(n => n.CongressId == query.CongressId)
            .OrderByDescending(n => n.CreatedAtUtc).Select(NoteDto.Projection).ToListAsync(cancellationToken);
        return notes;
    }
}
