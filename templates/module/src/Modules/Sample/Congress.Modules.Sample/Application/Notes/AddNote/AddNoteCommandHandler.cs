using Congress.Modules.Sample.Domain.Notes;
using Congress.Modules.Sample.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Sample.Application.Notes.AddNote;

internal sealed class AddNoteCommandHandler(SampleDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<AddNoteCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(AddNoteCommand command, CancellationToken cancellationToken)
    {
        var note = Note.Add(command.CongressId, command.Text, user.UserName, clock.UtcNow);
        if (note.IsFailure) return note.Error!;
        db.Notes.Add(note.Value);
        return note.Value.Id.Value;
    }
}
