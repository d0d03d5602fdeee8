using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Sample.Application.Notes.AddNote;

/// <summary>A command: validated, run in one transaction, audited (the record itself is the audit payload).</summary>
internal sealed record AddNoteCommand(Guid CongressId, string Text) : ICommand<Result<Guid>>;
