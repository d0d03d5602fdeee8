using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Polls.RecordTellerCount;

/// <summary>The tellers' count of a show of hands or of a paper ballot (never of an electronic poll), entered once the poll is closed.</summary>
/// <param name="Votes">Marks per choice key; a missing key is 0.</param>
internal sealed record RecordTellerCountCommand(Guid PollId, int Collected, int Valid, int Invalid, int Blank, IReadOnlyDictionary<string, int> Votes)
    : ICommand<Result<PollDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(VotingRoles.ManagePolls, AccessScope.Resource(VotingResources.Poll, PollId));
}
