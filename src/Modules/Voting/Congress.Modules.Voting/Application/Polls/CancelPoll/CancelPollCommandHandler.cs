using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Voting.Application.Polls.CancelPoll;

internal sealed class CancelPollCommandHandler(PollAccess access, IClock clock) : IRequestHandler<CancelPollCommand, Result<PollDto>>
{
    public async Task<Result<PollDto>> Handle(CancelPollCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var cancelled = found.Value.Cancel(command.Reason ?? "", clock.UtcNow);
        return cancelled.IsFailure ? cancelled.Error! : PollDto.From(found.Value);
    }
}
