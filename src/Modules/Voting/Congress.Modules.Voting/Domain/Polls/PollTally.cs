using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

/// <summary>Counts a poll: a pure function of its definition, the rules, the electorate and the ballots or the tellers' count.</summary>
internal static class PollTally
{
    public static PollResult Tally(PollDefinition definition, ElectionRules rules, Electorate electorate, IReadOnlyCollection<BallotContent> ballots) =>
        Summarise(definition, rules, electorate, Count(definition, rules, ballots));

    public static Result<PollResult> Tally(PollDefinition definition, ElectionRules rules, Electorate electorate, TellerCount count)
    {
        var validation = count.Validate(definition, rules, electorate.Eligible);
        return validation.IsSuccess ? Summarise(definition, rules, electorate, count) : validation.Error!;
    }

    private static TellerCount Count(PollDefinition definition, ElectionRules rules, IReadOnlyCollection<BallotContent> ballots)
    {
        var votes = definition.Choices.ToDictionary(choice => choice.Key, _ => 0, StringComparer.Ordinal);
        int valid = 0, blank = 0; // every other ballot (too many marks, malformed) is invalid
        foreach (var ballot in ballots)
        {
            switch (definition.Assess(ballot.Selections))
            {
                case BallotMarking.Blank:
                    blank++;
                    valid += rules.BlankBallot == BlankBallotTreatment.ValidBlank ? 1 : 0;
                    break;
                case BallotMarking.Marked:
                    valid++;
                    foreach (var key in ballot.Selections)
                    {
                        votes[key]++;
                    }

                    break;
            }
        }

        return new TellerCount(ballots.Count, valid, ballots.Count - valid, blank, votes);
    }

    private static PollResult Summarise(PollDefinition definition, ElectionRules rules, Electorate electorate, TellerCount count)
    {
        var choices = definition.Choices
            .Select(choice =>
            {
                var votes = count.Votes.GetValueOrDefault(choice.Key);
                return new ChoiceResult(choice, votes, PercentOf(votes, count.Valid));
            })
            .ToList();

        var majorityBase = (definition.Kind == PollKind.Election ? rules.ElectionMajorityBase : rules.MotionMajorityBase) switch
        {
            MajorityBase.ValidBallots => count.Valid,
            MajorityBase.EligibleDelegates => electorate.Eligible,
            MajorityBase.PresentDelegates => electorate.Present,
            var other => throw new ArgumentOutOfRangeException(nameof(rules), other, "Unknown majority base."),
        };
        bool HasMajority(ChoiceResult choice) => choice.Votes * 2L > majorityBase;

        var outcome = definition switch
        {
            { Kind: PollKind.Election } => ElectionOutcome(choices.Where(HasMajority).ToList(), choices, definition.Seats),
            { IsSingleChoice: true } => HasMajority(choices.Single(choice => choice.Choice == PollOption.For))
                ? new PollOutcome(true, definition.Names, null)
                : new PollOutcome(false, [], null),
            _ => NameByNameOutcome(choices.Where(HasMajority).ToList(), definition.Names.Count),
        };

        return new PollResult(electorate.Eligible, electorate.Present, count.Collected, count.Valid, count.Invalid, count.Blank, choices, outcome);
    }

    private static PollOutcome NameByNameOutcome(List<ChoiceResult> approved, int names) =>
        new(approved.Count == names, approved.Select(choice => choice.Choice).ToList(), null);

    /// <param name="overMajority">Candidates over the majority, in ballot order.</param>
    /// <param name="all">Every candidate, in ballot order.</param>
    private static PollOutcome ElectionOutcome(List<ChoiceResult> overMajority, List<ChoiceResult> all, int seats)
    {
        // OrderByDescending is stable: equal votes keep ballot order.
        var ranked = overMajority.OrderByDescending(choice => choice.Votes).ToList();

        if (ranked.Count > seats && ranked[seats].Votes == ranked[seats - 1].Votes)
        {
            var cutOff = ranked[seats - 1].Votes;
            var elected = ranked.TakeWhile(choice => choice.Votes > cutOff).Select(choice => choice.Choice).ToList();
            var tied = ranked.Where(choice => choice.Votes == cutOff).Select(choice => choice.Choice).ToList();
            return new PollOutcome(false, elected, new FurtherRound(FurtherRoundReason.TieForLastSeats, seats - elected.Count, tied));
        }

        var electedNow = ranked.Take(seats).Select(choice => choice.Choice).ToList();
        if (electedNow.Count == seats)
        {
            return new PollOutcome(true, electedNow, null);
        }

        var notElected = all.Select(choice => choice.Choice).Except(electedNow).ToList();
        return new PollOutcome(false, electedNow, new FurtherRound(FurtherRoundReason.Shortfall, seats - electedNow.Count, notElected));
    }

    private static decimal PercentOf(int votes, int valid) =>
        valid == 0 ? 0m : Math.Round(votes * 100m / valid, 2, MidpointRounding.AwayFromZero);
}
