using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Sample.Application.Notes.ListNotes;

internal sealed record ListNotesQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<NoteDto>>>;
