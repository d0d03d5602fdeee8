using Congress.Modules.Sample.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Sample.Application.Notes.AddNote;

/// <summary>
/// A command: authorised (the roles and congress it declares), validated, run in one transaction, audited (the record
/// itself is the audit payload).
/// </summary>
internal sealed record AddNoteCommand(Guid CongressId, string Text) : ICommand<Result<Guid>>
{
    RequestAccess IAuthorisedRequest.Access => new(SampleRoles.Write, AccessScope.Congress(CongressId));
}
