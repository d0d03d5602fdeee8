using Congress.Modules.Attendance.Domain.Quorum;

namespace Congress.Modules.Attendance.Tests.Domain;

public sealed class QuorumRuleTests
{
    [Theory]
    [InlineData(300, 450, false)] // exactly two thirds: not "more than two thirds"
    [InlineData(301, 450, true)]
    [InlineData(2, 3, false)]
    [InlineData(3, 3, true)]
    [InlineData(0, 0, false)]
    public void The_default_rule_wants_more_than_two_thirds(int present, int summoned, bool met) =>
        QuorumRule.Default.IsMet(present, summoned).Should().Be(met);

    [Fact]
    public void At_least_two_thirds_counts_exactly_two_thirds()
    {
        var rule = QuorumRule.Create(2, 3, strict: false).Value;
        rule.IsMet(300, 450).Should().BeTrue();
        rule.IsMet(299, 450).Should().BeFalse();
        rule.Required(450).Should().Be(300);
        QuorumRule.Default.Required(450).Should().Be(301);
        QuorumRule.Default.Required(10).Should().Be(7, "two thirds of 10 is 6.67; more than that is 7");
        QuorumRule.Create(1, 2, strict: true).Value.Required(10).Should().Be(6);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(4, 3)]
    [InlineData(1, 0)]
    public void Fractions_outside_zero_to_one_are_refused(int numerator, int denominator) =>
        QuorumRule.Create(numerator, denominator, true).IsFailure.Should().BeTrue();
}
