using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Decisions.RecordItemDecision;

/// <summary>The outcome of a vote taken by show of hands outside the system, typed in by the secretariat.</summary>
/// <param name="Elected">Delegate codes (or names) elected or approved, in order; for a body they become its members.</param>
/// <param name="Body">"None", "Presidium", "Secretariat" or "CredentialsBoard".</param>
internal sealed record RecordItemDecisionCommand(Guid CongressId, Guid ItemId, bool Passed, string Body = "None", IReadOnlyList<string>? Elected = null)
    : ICommand<Result<Programme.ItemDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
