using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Polls.ReopenPoll;

/// <summary>Opens a closed poll again, with a reason; the ballots already cast stay.</summary>
internal sealed record ReopenPollCommand(Guid PollId, string Reason, int? CloseAfterMinutes = null) : ICommand<Result<PollDto>>;
