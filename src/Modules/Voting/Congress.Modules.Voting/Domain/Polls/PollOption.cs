using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

/// <summary>
/// Something a ballot can mark: a motion option, a name on a list, or a candidate.
/// <paramref name="Key"/> is stable and machine-readable (no whitespace); <paramref name="Label"/> is what delegates see.
/// </summary>
internal sealed record PollOption(string Key, string Label)
{
    public static PollOption For { get; } = new("for", "Tán thành");

    public static PollOption Against { get; } = new("against", "Không tán thành");

    public static PollOption Abstain { get; } = new("abstain", "Không biểu quyết");

    /// <summary>The choices on a motion ballot and on a ballot approving a list as a whole.</summary>
    public static IReadOnlyList<PollOption> MotionOptions { get; } = [For, Against, Abstain];
}
