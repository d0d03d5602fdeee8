using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Polls.GetPoll;

internal sealed record GetPollQuery(Guid PollId) : IQuery<Result<PollDto>>;
