using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

/// <summary>
/// The counts of a poll, as the tellers enter them for a show of hands or paper ballots
/// (and as <see cref="PollTally"/> derives them from electronic ballots).
/// <paramref name="Blank"/> ballots are part of <paramref name="Valid"/> or <paramref name="Invalid"/> as
/// <see cref="ElectionRules.BlankBallot"/> says. <paramref name="Votes"/> holds the marks per choice key; a missing key is 0.
/// </summary>
internal sealed record TellerCount(int Collected, int Valid, int Invalid, int Blank, IReadOnlyDictionary<string, int> Votes)
{
    /// <summary>Checks the counts add up for a poll of <paramref name="definition"/> with <paramref name="eligible"/> delegates.</summary>
    public Result Validate(PollDefinition definition, ElectionRules rules, int eligible)
    {
        if (Collected < 0 || Valid < 0 || Invalid < 0 || Blank < 0 || Votes.Values.Any(votes => votes < 0))
        {
            return PollErrors.NegativeCount;
        }

        if (Valid + Invalid != Collected)
        {
            return PollErrors.ValidPlusInvalidNotCollected;
        }

        if (Collected > eligible)
        {
            return PollErrors.CollectedExceedsEligible(Collected, eligible);
        }

        var blankIsValid = rules.BlankBallot == BlankBallotTreatment.ValidBlank;
        if (Blank > (blankIsValid ? Valid : Invalid))
        {
            return PollErrors.BlankOutOfRange(blankIsValid);
        }

        var unknownKey = Votes.Keys.FirstOrDefault(key => definition.Choices.All(choice => choice.Key != key));
        if (unknownKey is not null)
        {
            return PollErrors.UnknownChoice(unknownKey);
        }

        var markedBallots = blankIsValid ? Valid - Blank : Valid;
        var overCounted = definition.Choices.FirstOrDefault(choice => Votes.GetValueOrDefault(choice.Key) > markedBallots);
        if (overCounted is not null)
        {
            return PollErrors.VotesExceedValid(overCounted.Label);
        }

        var totalMarks = Votes.Values.Sum(votes => (long)votes);
        if (definition.IsSingleChoice && totalMarks != markedBallots)
        {
            return PollErrors.ChoiceTotalNotValid;
        }

        return totalMarks > (long)markedBallots * definition.MaxMarks
            ? PollErrors.MarksExceedLimit(definition.MaxMarks)
            : Result.Success();
    }
}
