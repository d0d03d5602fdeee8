namespace Congress.Modules.Delegates.Contracts;

/// <summary>
/// The attributes of a delegate that the statistics of elected bodies count (Reporting's committee structure): birth
/// year (not the date), gender ("Female"/"Male"), ethnicity, professional level and political theory as entered in
/// the delegate's profile, null where the profile holds none.
/// </summary>
public sealed record DelegateProfileEntry(string Code, string FullName, int? BirthYear, string? Gender, string? Ethnicity, string? Education,
    string? PoliticalTheory);

/// <summary>
/// The profiles of named delegates of a congress, read by Reporting when a congress run in the platform publishes an
/// election whose elected are delegates (Voting names them by code). Callers authorise first: this answers whatever it
/// is asked. Only the delegates asked for are read, and only the attributes above: the rest of a profile stays here.
/// </summary>
public interface IDelegateProfiles
{
    /// <summary>The delegates of <paramref name="congressId"/> with these codes; a code that names none is absent from the answer.</summary>
    Task<IReadOnlyList<DelegateProfileEntry>> FindByCodesAsync(Guid congressId, IReadOnlyCollection<string> codes, CancellationToken cancellationToken);
}
