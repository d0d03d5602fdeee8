using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Congress.Modules.Voting.Domain.Ballots;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;

namespace Congress.Modules.Voting.Application.Ballots;

/// <summary>
/// Seals ballots as they are cast and opens them for the tally, the ballot list and, after the publication, into the
/// readable box (docs/adr/0009). The database marks a voter's
/// register row and their ballot with the same transaction; sealed, that ballot reads as noise to anyone holding only the
/// database. Each poll has its own keys, derived from the installation's seal key (Voting:SealKey, or ballot-seal.key in
/// the secrets directory — never in the database): one to encrypt (AES-256-GCM, the poll id as associated data, so a
/// sealed ballot cannot be moved to another poll), one to tag the ballot id (HMAC-SHA256: one row per ballot id, and the
/// id unreadable). Every ballot of a poll is padded to the length of the longest valid one, so the length of a sealed
/// ballot does not tell "for" from "against", nor how many names were kept.
/// </summary>
internal sealed class BallotSeal(InstallationSecrets secrets)
{
    private const int NonceBytes = 12;
    private const int GcmTagBytes = 16;
    private const int IdChars = 32;
    private readonly Lazy<byte[]> _master = new(() => secrets.Get("Voting:SealKey", "ballot-seal.key"));
    private readonly ConcurrentDictionary<(PollId PollId, string Purpose), byte[]> _keys = new();

    public SealedBallot Seal(Poll poll, BallotContent ballot)
    {
        var text = $"{ballot.BallotId:N}{ballot.JoinedSelections}";
        var longest = IdChars + poll.Definition.Choices.Sum(c => Encoding.UTF8.GetByteCount(c.Key) + 1);
        var plain = new byte[Math.Max(longest, Encoding.UTF8.GetByteCount(text))]; // zero bytes pad: keys hold no control characters
        Encoding.UTF8.GetBytes(text, plain);
        var output = new byte[NonceBytes + plain.Length + GcmTagBytes];
        var nonce = output.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Key(poll.Id, "encrypt"), GcmTagBytes);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceBytes, plain.Length), output.AsSpan(NonceBytes + plain.Length), poll.Id.Value.ToByteArray());
        return new SealedBallot(poll.Id, Tag(poll.Id, ballot.BallotId), output);
    }

    /// <summary>The ballots in sealed rows of one poll; a row altered, or moved from another poll, does not open (CryptographicException).</summary>
    public List<BallotContent> Open(PollId pollId, IReadOnlyCollection<SealedBallot> rows)
    {
        using var aes = new AesGcm(Key(pollId, "encrypt"), GcmTagBytes);
        var associated = pollId.Value.ToByteArray();
        var ballots = new List<BallotContent>(rows.Count);
        foreach (var row in rows)
        {
            if (row.PollId != pollId) throw new CryptographicException("A sealed ballot of another poll.");
            var input = row.Sealed.AsSpan();
            if (input.Length < NonceBytes + IdChars + GcmTagBytes) throw new CryptographicException("A sealed ballot too short to hold one.");
            var plain = new byte[input.Length - NonceBytes - GcmTagBytes];
            aes.Decrypt(input[..NonceBytes], input.Slice(NonceBytes, plain.Length), input[(NonceBytes + plain.Length)..], plain, associated);
            var text = Encoding.UTF8.GetString(plain).TrimEnd('\0');
            ballots.Add(BallotContent.FromJoined(Guid.ParseExact(text[..IdChars], "N"), text[IdChars..]));
        }
        return ballots;
    }

    public byte[] Tag(PollId pollId, Guid ballotId) => HMACSHA256.HashData(Key(pollId, "tag"), ballotId.ToByteArray());

    /// <summary>
    /// Every ballot of the poll: those already opened into the box and those still sealed, read in one statement, so a
    /// box being opened meanwhile (<see cref="UnsealAsync"/>) is seen wholly before or wholly after.
    /// </summary>
    public async Task<List<BallotContent>> ReadBoxAsync(VotingDbContext db, PollId pollId, CancellationToken cancellationToken)
    {
        var (opened, sealedRows) = await SealedBox.ReadAsync(db, pollId, cancellationToken);
        opened.AddRange(Open(pollId, sealedRows));
        return opened;
    }

    /// <summary>
    /// Opens the poll's sealed ballots into the box, inside the caller's transaction: every ballot row then carries that
    /// transaction's mark, which no voter row has. Three statements whatever the number of ballots: read, insert, delete.
    /// Run by <see cref="Polls.PublishResult.EraseBallotTracesJob"/> once the result is published, under the poll's row lock.
    /// </summary>
    public async Task UnsealAsync(VotingDbContext db, PollId pollId, CancellationToken cancellationToken)
    {
        var rows = await SealedBox.SealedRowsAsync(db, pollId, cancellationToken);
        if (rows.Count == 0) return;
        var ballots = Open(pollId, rows).ToArray();
        Random.Shared.Shuffle(ballots);
        await SealedBox.ReplaceSealedAsync(db, pollId, ballots, cancellationToken);
    }

    private byte[] Key(PollId pollId, string purpose) => _keys.GetOrAdd((pollId, purpose), key =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _master.Value, 32, salt: key.PollId.Value.ToByteArray(), info: Encoding.ASCII.GetBytes($"congress/ballot-seal/{key.Purpose}")));
}
