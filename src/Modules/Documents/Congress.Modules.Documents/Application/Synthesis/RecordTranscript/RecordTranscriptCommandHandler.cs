using Congress.Modules.Agenda.Contracts;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Synthesis;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Documents.Application.Synthesis.RecordTranscript;

internal sealed class RecordTranscriptCommandHandler(
    DocumentsDbContext db, DocumentVisibility visibility, DocumentStore store, IOrganisationDirectory directory, IAgendaItemDirectory agenda,
    ICurrentUser user, IClock clock)
    : IRequestHandler<RecordTranscriptCommand, Result<Guid>>
{
    public static readonly Error SpeakerNotFound = Error.NotFound("documents.transcript.delegate_not_found", "Không tìm thấy đại biểu này trong đại hội của tài liệu.");

    public async Task<Result<Guid>> Handle(RecordTranscriptCommand command, CancellationToken cancellationToken)
    {
        var document = await visibility.FindAsync(command.DocumentId, cancellationToken);
        if (document.IsFailure) return document.Error!;
        var section = await store.SectionAsync(document.Value, command.Version, command.Section, "documents.transcript.section", cancellationToken);
        if (section.IsFailure) return section.Error!;
        if (command.SpeakerDelegateId is { } speaker && await directory.DelegateCongressAsync(speaker, cancellationToken) != document.Value.CongressId)
            return SpeakerNotFound;
        if (command.AgendaItemId is { } item && await agenda.CongressOfItemAsync(item, cancellationToken) != document.Value.CongressId)
            return Documents.AttachToAgendaItem.AttachToAgendaItemCommandHandler.ItemNotFound;
        var spokenAt = command.SpokenAtUtc.Kind == DateTimeKind.Local ? command.SpokenAtUtc.ToUniversalTime() : command.SpokenAtUtc;
        var transcript = SpeechTranscript.Record(document.Value.Id, section.Value.Version.Number, command.Section, section.Value.Text, command.Speaker,
            command.SpeakerDelegateId, spokenAt, command.AgendaItemId, command.Text, user.AuditName, clock.UtcNow);
        if (transcript.IsFailure) return transcript.Error!;
        db.Transcripts.Add(transcript.Value);
        return transcript.Value.Id;
    }
}
