using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Voting.Application.Polls.CreatePoll;

internal sealed class CreatePollCommandHandler(VotingDbContext db, PollAccess access, IClock clock) : IRequestHandler<CreatePollCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreatePollCommand command, CancellationToken cancellationToken)
    {
        var congress = await access.CheckCongressAsync(command.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;

        var options = (command.Options ?? []).Select(o => new PollOption(o.Key.Trim(), o.Label.Trim())).ToList();
        var definition = command.Kind switch
        {
            "Motion" => PollDefinition.Motion(),
            "ListApproval" => PollDefinition.ListApproval(options, Enum.Parse<ListApprovalMode>(command.ApprovalMode!)),
            _ => PollDefinition.Election(command.Seats, options),
        };
        if (definition.IsFailure) return definition.Error!;
        var rules = ElectionRules.Default with { BlankBallot = command.BlankBallotValid ? BlankBallotTreatment.ValidBlank : BlankBallotTreatment.Invalid };
        var poll = Poll.Create(command.CongressId, command.Title, definition.Value, Enum.Parse<PollVisibility>(command.Visibility), rules, clock.UtcNow);
        if (poll.IsFailure) return poll.Error!;
        db.Polls.Add(poll.Value);
        return poll.Value.Id.Value;
    }
}
