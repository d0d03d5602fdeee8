using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Voting.Application.Polls.RecordTellerCount;

/// <summary>
/// Only a show of hands or a paper ballot takes a tellers' count (<see cref="Poll.RecordTellerCount"/>): an electronic
/// poll is counted from its ballot box alone, sealed or not, so nothing typed in can stand for what was cast.
/// </summary>
internal sealed class RecordTellerCountCommandHandler(PollAccess access) : IRequestHandler<RecordTellerCountCommand, Result<PollDto>>
{
    public async Task<Result<PollDto>> Handle(RecordTellerCountCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var count = new TellerCount(command.Collected, command.Valid, command.Invalid, command.Blank, command.Votes ?? new Dictionary<string, int>());
        var recorded = found.Value.RecordTellerCount(count);
        return recorded.IsFailure ? recorded.Error! : PollDto.From(found.Value);
    }
}
