using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Synthesis.RecordTranscript;

/// <summary>
/// The secretariat enters what a speaker said about one section (0-based paragraph block) of a version of a draft: who, when,
/// the text; <paramref name="SpeakerDelegateId"/> when the speaker is a delegate of the document's congress (another congress's: 404);
/// <paramref name="AgendaItemId"/> the programme item during which it was said, of the document's congress (another's: 404).
/// </summary>
internal sealed record RecordTranscriptCommand(Guid DocumentId, int Version, int Section, string Speaker, Guid? SpeakerDelegateId, DateTime SpokenAtUtc, string Text,
    Guid? AgendaItemId = null)
    : ICommand<Result<Guid>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Synthesis, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
