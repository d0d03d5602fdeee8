using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Voting.Application.Polls.GetPollMinutes;

internal sealed class GetPollMinutesQueryHandler(PollAccess access, IMinutesRenderer renderer)
    : IRequestHandler<GetPollMinutesQuery, Result<PollMinutesFile>>
{
    public async Task<Result<PollMinutesFile>> Handle(GetPollMinutesQuery query, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(query.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var poll = found.Value;
        if (poll.PublishedResult is null) return PollErrors.InvalidStatus("lập biên bản", poll.Status);
        return new PollMinutesFile($"bien-ban-{poll.Id.Value:N}.pdf", renderer.Render(PollDto.From(poll)));
    }
}
