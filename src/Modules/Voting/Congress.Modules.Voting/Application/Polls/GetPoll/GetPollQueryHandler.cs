using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Voting.Application.Polls.GetPoll;

internal sealed class GetPollQueryHandler(PollAccess access) : IRequestHandler<GetPollQuery, Result<PollDto>>
{
    public async Task<Result<PollDto>> Handle(GetPollQuery query, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(query.PollId, cancellationToken);
        return found.IsFailure ? found.Error! : PollDto.From(found.Value);
    }
}
