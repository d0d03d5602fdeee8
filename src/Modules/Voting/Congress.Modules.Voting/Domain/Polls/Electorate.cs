using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

/// <summary>
/// The head counts a tally needs: <paramref name="Eligible"/> (the opening snapshot, who could vote)
/// and <paramref name="Present"/> (the closing snapshot).
/// </summary>
internal sealed record Electorate(int Eligible, int Present);
