using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Polls.CreatePoll;

/// <param name="Kind">"Motion", "ListApproval" or "Election".</param>
/// <param name="Visibility">"Open" (show of hands), "NamedElectronic", "SecretElectronic" or "SecretPaper" (counted by the
/// tellers); elections are always secret. Fixed here: an electronic poll is counted from its ballots only, the others from
/// the tellers' count only.</param>
/// <param name="ApprovalMode">List approvals: "AsWhole" or "NameByName".</param>
/// <param name="Options">The names of a list or the candidates of an election, in ballot order (keys without spaces).</param>
/// <param name="BlankBallotValid">Whether a ballot marking nothing counts as valid (default: invalid).</param>
internal sealed record CreatePollCommand(
    Guid CongressId, string Title, string Kind, string Visibility, string? ApprovalMode = null, int Seats = 0,
    IReadOnlyList<PollOptionInput>? Options = null, bool BlankBallotValid = false) : ICommand<Result<Guid>>
{
    RequestAccess IAuthorisedRequest.Access => new(VotingRoles.ManagePolls, AccessScope.Congress(CongressId));
}

internal sealed record PollOptionInput(string Key, string Label);
