using Congress.Modules.Agenda.Application.Programme;
using Congress.Modules.Agenda.Contracts;
using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Domain.Speakers;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Decisions.RequestItemPoll;

internal sealed class RequestItemPollCommandHandler(AgendaDbContext db, IDelegateRoster roster) : IRequestHandler<RequestItemPollCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(RequestItemPollCommand command, CancellationToken cancellationToken)
    {
        var item = await db.ItemAsync(command.CongressId, command.ItemId, cancellationToken);
        if (item is null) return AgendaErrors.ItemNotFound;
        var candidates = (command.Candidates ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (item.Kind == ItemKind.Election && (candidates.Count == 0 || command.Seats < 1 || command.Seats > candidates.Count))
            return AgendaErrors.CandidatesRequired;
        if (item.Kind == ItemKind.Election && command.Visibility is not ("SecretElectronic" or "SecretPaper"))
            return new Error("agenda.item.election_secret", "Bầu cử phải bỏ phiếu kín (SecretElectronic hoặc SecretPaper).");

        var delegates = (await roster.ListAsync(command.CongressId, cancellationToken)).ToDictionary(d => d.Code, StringComparer.Ordinal);
        var options = new List<AgendaPollOption>();
        foreach (var code in candidates)
        {
            if (!delegates.TryGetValue(code, out var entry)) return SpeakerErrors.NotADelegate with { Message = $"{code}: không phải đại biểu của đại hội." };
            options.Add(new AgendaPollOption(code, entry.FullName));
        }
        var pollId = Guid.NewGuid();
        var bound = item.BindPoll(pollId, Enum.Parse<CongressBody>(command.Body));
        if (bound.IsFailure) return bound.Error!;

        var (kind, mode, seats) = item.Kind == ItemKind.Election ? ("Election", (string?)null, command.Seats)
            : options.Count > 0 ? ("ListApproval", "NameByName", 0) : ("Motion", null, 0);
        db.Publish(new AgendaPollRequestedIntegrationEvent(pollId, item.Id.Value, item.CongressId, item.Title, kind, command.Visibility, mode, seats, options));
        return pollId;
    }
}
