using Congress.Shared.Kernel;
using Congress.Modules.Voting.Domain.Polls;

namespace Congress.Modules.Voting.Tests.Domain.Polls;

public class BallotReceiptTests
{
    private static readonly Guid PollId = Guid.Parse("11111111-2222-3333-4444-555555555555");
    private static readonly Guid BallotId = Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");

    private static string Receipt(Guid pollId, Guid ballotId, string selections) =>
        BallotReceipt.For(pollId, new BallotContent(ballotId, Build.Keys(selections))).Value;

    [Theory]
    // computed independently: printf 'congress-ballot-v1\n<poll id>\n<ballot id>\nc01\nc02' | sha256sum
    [InlineData("c02,c01", "f64e4841e9d1b58c47828356505d40193da22dfb37f9b99fc93751fb7c279a20")]
    [InlineData("c01,c02", "f64e4841e9d1b58c47828356505d40193da22dfb37f9b99fc93751fb7c279a20")]
    [InlineData("", "1a0576f870afdbbf2abbb1fe8f25ed341bb1e2099191c648e7cdabc426d570ae")]
    public void The_receipt_is_the_sha256_of_the_documented_canonical_encoding(string selections, string expected)
    {
        Receipt(PollId, BallotId, selections).Should().Be(expected);
    }

    [Fact]
    public void The_same_ballot_always_gets_the_same_receipt()
    {
        var ballotId = Guid.NewGuid();

        Receipt(PollId, ballotId, "c03,c01,c02").Should().Be(Receipt(PollId, ballotId, "c01,c02,c03"));
    }

    [Theory]
    [InlineData("c01,c03")] // another name kept
    [InlineData("c01")] // a name struck
    [InlineData("c01,c02,c03")] // a name added
    [InlineData("")]
    [InlineData("c01,c02,")] // an empty key
    [InlineData("c01c02")] // the same characters, one selection
    public void Any_change_of_selection_changes_the_receipt(string changed)
    {
        Receipt(PollId, BallotId, changed).Should().NotBe(Receipt(PollId, BallotId, "c01,c02"));
    }

    [Fact]
    public void Another_ballot_or_poll_gets_another_receipt()
    {
        var original = Receipt(PollId, BallotId, "c01");

        Receipt(PollId, Guid.NewGuid(), "c01").Should().NotBe(original);
        Receipt(Guid.NewGuid(), BallotId, "c01").Should().NotBe(original);
    }
}
