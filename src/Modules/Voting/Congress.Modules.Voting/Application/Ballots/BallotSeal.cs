using System.Security.Cryptography;
using System.Text;
using Congress.Modules.Voting.Domain.Ballots;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Application.Ballots;

/// <summary>
/// Seals ballots while their poll is open and opens the box at the close (docs/adr/0009). The database marks a voter's
/// register row and their ballot with the same transaction; sealed, that ballot reads as noise to anyone holding only the
/// database. Each poll has its own keys, derived from the installation's seal key (Voting:SealKey, or ballot-seal.key in
/// the secrets directory — never in the database): one to encrypt (AES-256-GCM, the poll id as associated data, so a
/// sealed ballot cannot be moved to another poll), one to tag the ballot id (HMAC-SHA256: one row per ballot id,
/// and the id unreadable).
/// </summary>
internal sealed class BallotSeal(InstallationSecrets secrets)
{
    private const int NonceBytes = 12;
    private const int GcmTagBytes = 16;
    private readonly Lazy<byte[]> _master = new(() => secrets.Get("Voting:SealKey", "ballot-seal.key"));

    public SealedBallot Seal(PollId pollId, BallotContent ballot)
    {
        var plain = Encoding.UTF8.GetBytes($"{ballot.BallotId:N}{string.Join('\n', ballot.Selections)}");
        var output = new byte[NonceBytes + plain.Length + GcmTagBytes];
        var nonce = output.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Key(pollId, "encrypt"), GcmTagBytes);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceBytes, plain.Length), output.AsSpan(NonceBytes + plain.Length), pollId.Value.ToByteArray());
        return new SealedBallot(pollId, Tag(pollId, ballot.BallotId), output);
    }

    /// <summary>The ballot in a sealed row; a row altered, or moved from another poll, does not open (CryptographicException).</summary>
    public BallotContent Open(SealedBallot row)
    {
        var input = row.Sealed.AsSpan();
        var plain = new byte[input.Length - NonceBytes - GcmTagBytes];
        using var aes = new AesGcm(Key(row.PollId, "encrypt"), GcmTagBytes);
        aes.Decrypt(input[..NonceBytes], input.Slice(NonceBytes, plain.Length), input[(NonceBytes + plain.Length)..], plain, row.PollId.Value.ToByteArray());
        var text = Encoding.UTF8.GetString(plain);
        var selections = text[32..];
        return new BallotContent(Guid.ParseExact(text[..32], "N"), selections.Length == 0 ? [] : selections.Split('\n'));
    }

    public byte[] Tag(PollId pollId, Guid ballotId) => HMACSHA256.HashData(Key(pollId, "tag"), ballotId.ToByteArray());

    /// <summary>
    /// Opens the poll's sealed ballots into the box, inside the caller's transaction: every ballot row then carries that
    /// transaction's mark, which no voter row has. Run by the close, and by the publication for a ballot that another host
    /// was committing while the close ran. Three statements whatever the number of ballots.
    /// </summary>
    public async Task UnsealAsync(VotingDbContext db, PollId pollId, CancellationToken cancellationToken)
    {
        var rows = await db.SealedBallots.AsNoTracking().Where(s => s.PollId == pollId).ToListAsync(cancellationToken);
        if (rows.Count == 0) return;
        var ballots = rows.Select(row => new Ballot(pollId, Open(row))).ToArray();
        Random.Shared.Shuffle(ballots);
        db.Ballots.AddRange(ballots);
        await db.SaveChangesAsync(cancellationToken);
        await db.SealedBallots.Where(s => s.PollId == pollId).ExecuteDeleteAsync(cancellationToken);
    }

    private byte[] Key(PollId pollId, string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _master.Value, 32, salt: pollId.Value.ToByteArray(), info: Encoding.ASCII.GetBytes($"congress/ballot-seal/{purpose}"));
}
