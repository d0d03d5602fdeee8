using Congress.Shared.Kernel;
using Congress.Modules.Voting.Domain.Polls;

namespace Congress.Modules.Voting.Tests.Domain.Polls;

public class PollDefinitionTests
{
    /// <summary>"c01:Name,c02:" → key and label pairs.</summary>
    private static List<PollOption> Names(string names) =>
        names.Length == 0 ? [] : names.Split(',').Select(name => name.Split(':')).Select(pair => new PollOption(pair[0], pair[1])).ToList();

    [Theory]
    [InlineData(0, "a:A,b:B", "PollDefinition.SeatsMustBePositive")]
    [InlineData(3, "a:A,b:B", "PollDefinition.FewerCandidatesThanSeats")]
    [InlineData(1, "", "PollDefinition.NamesRequired")]
    [InlineData(1, "a:A,a:B", "PollDefinition.DuplicateName")]
    [InlineData(1, "a:A,b c:B", "PollDefinition.InvalidName")]
    [InlineData(1, "a:A,:B", "PollDefinition.InvalidName")]
    [InlineData(1, "a:A,b: ", "PollDefinition.InvalidName")]
    public void An_inconsistent_election_is_refused(int seats, string candidates, string code)
    {
        PollDefinition.Election(seats, Names(candidates)).Error!.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("", "PollDefinition.NamesRequired")]
    [InlineData("a:A,a:B", "PollDefinition.DuplicateName")]
    public void An_inconsistent_list_is_refused(string names, string code)
    {
        PollDefinition.ListApproval(Names(names), ListApprovalMode.NameByName).Error!.Code.Should().Be(code);
    }

    [Fact]
    public void An_election_may_have_as_many_candidates_as_seats()
    {
        PollDefinition.Election(2, Names("a:A,b:B")).IsSuccess.Should().BeTrue();
    }
}
