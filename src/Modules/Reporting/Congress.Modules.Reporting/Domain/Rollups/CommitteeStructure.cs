using System.Linq.Expressions;
using Congress.Modules.Reporting.Domain.Progress;

namespace Congress.Modules.Reporting.Domain.Rollups;

/// <summary>
/// The structure of elected committees, as counts of members: age band at the congress, gender, ethnicity, professional
/// level, political theory. Only what is stated is counted; "not stated" is the committee's size less the stated ones
/// (derived on reading, never stored), so a committee entered without attributes adds nothing here but its size to
/// CommitteeElected. Added to and subtracted from the roll-ups like every other count (docs/adr/0027).
/// </summary>
internal readonly record struct CommitteeStructure(
    int AgeUnder35, int Age35To50, int Age51To60, int AgeOver60,
    int Women, int Men, int Kinh, int EthnicMinority,
    int PostGraduate, int University, int BelowUniversity,
    int TheoryAdvanced, int TheoryIntermediate, int TheoryBasic)
{
    /// <summary>The number of counts, and each count's roll-up column, in the order of <see cref="ToArray"/>.</summary>
    public static readonly Expression<Func<Rollup, int>>[] Columns =
    [
        r => r.CommitteeAgeUnder35, r => r.CommitteeAge35To50, r => r.CommitteeAge51To60, r => r.CommitteeAgeOver60,
        r => r.CommitteeWomen, r => r.CommitteeMen, r => r.CommitteeKinh, r => r.CommitteeEthnicMinority,
        r => r.CommitteePostGraduate, r => r.CommitteeUniversity, r => r.CommitteeBelowUniversity,
        r => r.CommitteeTheoryAdvanced, r => r.CommitteeTheoryIntermediate, r => r.CommitteeTheoryBasic,
    ];

    public int[] ToArray() =>
    [
        AgeUnder35, Age35To50, Age51To60, AgeOver60, Women, Men, Kinh, EthnicMinority,
        PostGraduate, University, BelowUniversity, TheoryAdvanced, TheoryIntermediate, TheoryBasic,
    ];

    public static CommitteeStructure FromArray(int[] c) => new(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13]);

    /// <summary>What the committee elected at a congress held on <paramref name="congressOn"/> counts (members of the committee body only).</summary>
    public static CommitteeStructure Of(DateOnly? congressOn, IEnumerable<ElectedPerson> elected)
    {
        var c = new int[Columns.Length];
        foreach (var p in elected)
        {
            if (p.Body != ElectedBodies.Committee) continue;
            if (MemberProfile.AgeBand(p.BirthYear, congressOn) is { } band) c[band]++;
            if (p.Gender == MemberProfile.Female) c[4]++;
            else if (p.Gender == MemberProfile.Male) c[5]++;
            if (MemberProfile.IsMinority(p.Ethnicity) is { } minority) c[minority ? 7 : 6]++;
            switch (p.Education)
            {
                case MemberProfile.PostGraduate: c[8]++; break;
                case MemberProfile.University: c[9]++; break;
                case MemberProfile.BelowUniversity: c[10]++; break;
            }
            switch (p.PoliticalTheory)
            {
                case MemberProfile.Advanced: c[11]++; break;
                case MemberProfile.Intermediate: c[12]++; break;
                case MemberProfile.Basic: c[13]++; break;
            }
        }
        return FromArray(c);
    }

    public static CommitteeStructure operator -(CommitteeStructure a, CommitteeStructure b)
    {
        var (x, y) = (a.ToArray(), b.ToArray());
        for (var i = 0; i < x.Length; i++) x[i] -= y[i];
        return FromArray(x);
    }

    public static CommitteeStructure operator +(CommitteeStructure a, CommitteeStructure b)
    {
        var (x, y) = (a.ToArray(), b.ToArray());
        for (var i = 0; i < x.Length; i++) x[i] += y[i];
        return FromArray(x);
    }
}
