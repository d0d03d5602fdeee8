namespace Congress.Modules.Attendance.Application.CheckIns;

/// <summary>
/// The live-signal topic of a congress's presence: published after every recorded check-in or check-out, on whichever
/// host recorded it, so the secretariat page and the hall's screens on every host re-read the roll call at once.
/// </summary>
internal static class PresenceSignals
{
    public static string Topic(Guid congressId) => $"attendance:presence:{congressId}";
}
