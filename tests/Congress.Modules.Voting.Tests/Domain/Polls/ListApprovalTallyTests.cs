using Congress.Shared.Kernel;
using Congress.Modules.Voting.Domain.Polls;

namespace Congress.Modules.Voting.Tests.Domain.Polls;

public class ListApprovalTallyTests
{
    private static readonly IReadOnlyList<PollOption> Names =
        [new("a", "Nguyễn Văn A"), new("b", "Trần Thị B"), new("c", "Lê Văn C")];

    private static PollDefinition List(ListApprovalMode mode) => PollDefinition.ListApproval(Names, mode).Value;

    [Theory]
    [InlineData("for|for|against", true, "a,b,c")]
    [InlineData("for|against|abstain", false, "")]
    [InlineData("for|for|against|abstain", false, "")] // exactly half
    [InlineData("for|for||", true, "a,b,c")] // blank ballots are invalid by default
    public void A_list_approved_as_a_whole_passes_or_fails_with_all_its_names(string ballots, bool passed, string approved)
    {
        var result = PollTally.Tally(List(ListApprovalMode.AsWhole), ElectionRules.Default, new Electorate(10, 10), Build.Ballots(ballots));

        result.Outcome.Passed.Should().Be(passed);
        Build.KeysOf(result.Outcome.Elected).Should().Be(approved);
    }

    [Theory]
    [InlineData("a,b|a,b|a,b,c|a|a,c", false, "a,b")] // a 5, b 3, c 2 of 5
    [InlineData("c|a,c|c", false, "c")]
    [InlineData("b,c|a,b,c|b,a", true, "a,b,c")] // approved names keep list order
    [InlineData("a,b|c,a|b,c|a", false, "a")] // b and c exactly half
    [InlineData("a,b,c|a,b,c||", true, "a,b,c")] // blank ballots are invalid by default
    public void A_list_approved_name_by_name_approves_each_name_with_more_than_half(string ballots, bool passed, string approved)
    {
        var result = PollTally.Tally(List(ListApprovalMode.NameByName), ElectionRules.Default, new Electorate(10, 10), Build.Ballots(ballots));

        Build.KeysOf(result.Outcome.Elected).Should().Be(approved);
        result.Outcome.Passed.Should().Be(passed);
    }
}
