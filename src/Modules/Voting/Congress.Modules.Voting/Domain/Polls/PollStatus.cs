using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

internal enum PollStatus
{
    Draft,
    Open,
    Closed,
    Published,
    Cancelled,
}
