using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Application.Polls.RecordTellerCount;

internal sealed class RecordTellerCountCommandHandler(VotingDbContext db, PollAccess access) : IRequestHandler<RecordTellerCountCommand, Result<PollDto>>
{
    public async Task<Result<PollDto>> Handle(RecordTellerCountCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var electronic = await db.Ballots.CountAsync(b => b.PollId == found.Value.Id, cancellationToken);
        var count = new TellerCount(command.Collected, command.Valid, command.Invalid, command.Blank, command.Votes ?? new Dictionary<string, int>());
        var recorded = found.Value.RecordTellerCount(count, electronic);
        return recorded.IsFailure ? recorded.Error! : PollDto.From(found.Value);
    }
}
