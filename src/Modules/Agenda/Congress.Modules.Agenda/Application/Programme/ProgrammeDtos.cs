using Congress.Modules.Agenda.Domain.Programme;

namespace Congress.Modules.Agenda.Application.Programme;

internal sealed record ItemDto(
    Guid Id, Guid SessionId, int Number, string Title, string Kind, DateTime PlannedStartUtc, int PlannedMinutes, string Presenter,
    string Status, string? StatusReason, DateTime? ActualStartUtc, DateTime? ActualEndUtc, int MaxSpeakers, int SecondsPerSpeaker, int MaxPerDelegation,
    Guid? PollId, string Body, bool? Passed, IReadOnlyList<string> Elected, DateTime? DecidedAtUtc, bool DecidedByHand, int Version)
{
    public static ItemDto From(AgendaItem i) => new(i.Id.Value, i.SessionId.Value, i.Number, i.Title, i.Kind.ToString(), i.PlannedStartUtc,
        i.PlannedMinutes, i.Presenter, i.Status.ToString(), i.StatusReason, i.ActualStartUtc, i.ActualEndUtc, i.MaxSpeakers, i.SecondsPerSpeaker, i.MaxPerDelegation,
        i.PollId, i.Body.ToString(), i.Passed, i.ElectedKeys, i.DecidedAtUtc, i.DecidedByHand, i.Version);
}

internal sealed record SessionDto(Guid Id, string Kind, string Title, DateOnly Day, IReadOnlyList<ItemDto> Items);

/// <summary>
/// The programme as a tablet shows it: every session with its items in order, the item in progress ("now") and the next
/// planned one ("next"). <paramref name="Stamp"/> changes whenever anything in it changes, so a tablet that reconnects can
/// tell whether it missed something.
/// </summary>
internal sealed record ProgrammeDto(Guid CongressId, IReadOnlyList<SessionDto> Sessions, ItemDto? Now, ItemDto? Next, string Stamp);

/// <summary>A notice of what changed, as the tablet shows it.</summary>
internal sealed record ProgrammeChangeDto(DateTime AtUtc, string Text);

/// <summary>
/// One event of the tablets' live feed: the programme now and the notices the tablet has not seen yet (since its
/// <c>Last-Event-ID</c>, at most <see cref="ProgrammeReader.RecentChanges"/>). <paramref name="Cursor"/> is the event's id.
/// </summary>
internal sealed record LiveProgrammeDto(ProgrammeDto Programme, IReadOnlyList<ProgrammeChangeDto> Changes, long Cursor);
