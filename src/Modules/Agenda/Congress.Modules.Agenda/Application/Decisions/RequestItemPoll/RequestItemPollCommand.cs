using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Decisions.RequestItemPoll;

/// <summary>
/// Asks Voting for the poll of a vote or election item, prefilled from it (through Agenda's integration event; Voting makes
/// the draft poll a moment later, the chair opens it there). A vote item with no candidates is a motion (approve the agenda, the
/// working rules); with candidates it approves the list name by name (the presidium, the secretariat, the board); an
/// election item elects <paramref name="Seats"/> of the candidates by secret ballot.
/// </summary>
/// <param name="Visibility">Voting's: "Open", "NamedElectronic", "SecretElectronic" or "SecretPaper".</param>
/// <param name="Body">"None", "Presidium", "Secretariat" or "CredentialsBoard": the body the elected become.</param>
/// <param name="Candidates">Delegate codes, in ballot order.</param>
internal sealed record RequestItemPollCommand(
    Guid CongressId, Guid ItemId, string Visibility, string Body = "None", int Seats = 0, IReadOnlyList<string>? Candidates = null) : ICommand<Result<Guid>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
