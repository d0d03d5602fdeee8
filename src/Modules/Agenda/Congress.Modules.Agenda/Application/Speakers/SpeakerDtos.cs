using Congress.Modules.Agenda.Domain.Speakers;

namespace Congress.Modules.Agenda.Application.Speakers;

internal sealed record SpeakerDto(
    Guid Id, Guid ItemId, Guid DelegateId, string Code, string FullName, string Delegation, string Mode, string? Text, int Order,
    string Status, DateTime? TimerStartedAtUtc, int SpokenSeconds)
{
    public static SpeakerDto From(Speaker s) => new(s.Id.Value, s.ItemId.Value, s.DelegateId, s.DelegateCode, s.DelegateName, s.Delegation,
        s.Mode.ToString(), s.Text, s.Order, s.Status.ToString(), s.TimerStartedAtUtc, s.SpokenSeconds);
}

/// <summary>An item's speakers: spoken turns in the chair's order, written contributions apart.</summary>
internal sealed record SpeakersDto(Guid ItemId, int MaxSpeakers, int SecondsPerSpeaker, int MaxPerDelegation, IReadOnlyList<SpeakerDto> Spoken, IReadOnlyList<SpeakerDto> Written);

internal sealed record SpeakingTotalDto(string Key, string Name, int Turns, int Seconds);

/// <summary>Total speaking time per delegate and per delegation across the congress, longest first.</summary>
internal sealed record SpeakingTimeDto(IReadOnlyList<SpeakingTotalDto> Delegates, IReadOnlyList<SpeakingTotalDto> Delegations);
