using Congress.Shared.Kernel;

using System.Security.Cryptography;
using System.Text;

namespace Congress.Modules.Voting.Domain.Polls;

/// <summary>
/// Lower-case hex SHA-256 of the canonical encoding of a ballot: the UTF-8 lines
/// <c>congress-ballot-v1</c>, the poll id, the ballot id (both Guid "D" format), then the selections
/// sorted ordinally, one per line, joined by <c>\n</c> (no trailing newline). Choice keys contain no whitespace,
/// so the encoding is unambiguous.
/// </summary>
internal sealed record BallotReceipt(string Value)
{
    private const string EncodingVersion = "congress-ballot-v1";

    public static BallotReceipt For(Guid pollId, BallotContent ballot)
    {
        IEnumerable<string> lines =
        [
            EncodingVersion,
            pollId.ToString("D"),
            ballot.BallotId.ToString("D"),
            .. ballot.Selections.Order(StringComparer.Ordinal),
        ];
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        return new BallotReceipt(Convert.ToHexStringLower(hash));
    }
}
