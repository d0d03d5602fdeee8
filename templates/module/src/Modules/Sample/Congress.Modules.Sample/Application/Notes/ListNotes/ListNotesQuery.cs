using Congress.Modules.Sample.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Sample.Application.Notes.ListNotes;

internal sealed record ListNotesQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<NoteDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(SampleRoles.Read, AccessScope.Congress(CongressId));
}
