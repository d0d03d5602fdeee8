using Congress.Modules.Voting.Application.Ballots;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Voting.Application.Ballots.CastBallot;

/// <summary>
/// The poll decides whether it takes the ballot (open, in time, well-formed); the ballot box decides whether this delegate
/// may cast it (eligible, not yet voted) and commits it. Only then is the receipt returned.
/// </summary>
internal sealed class CastBallotCommandHandler(OpenPolls polls, BallotBox box, ICurrentUser user, IClock clock)
    : IRequestHandler<CastBallotCommand, Result<BallotReceiptDto>>
{
    public async Task<Result<BallotReceiptDto>> Handle(CastBallotCommand request, CancellationToken cancellationToken)
    {
        if (user.DelegateId is not { } delegateId)
            return PollErrors.NotADelegate;
        var poll = await polls.FindAsync(new PollId(request.PollId));
        if (poll is null) return PollErrors.PollNotFound;

        var ballot = new BallotContent(request.BallotId, request.Selections);
        var receipt = poll.Accept(ballot, clock.UtcNow);
        if (receipt.IsFailure) return receipt.Error!;
        var cast = await box.CastAsync(poll, delegateId, ballot);
        return cast.IsFailure ? cast.Error! : new BallotReceiptDto(request.PollId, request.BallotId, receipt.Value.Value, cast.Value.AlreadyRecorded);
    }
}
