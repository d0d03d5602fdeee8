namespace Congress.Modules.Reporting.Domain.Platform;

/// <summary>
/// A congress this platform runs, as Reporting hears of it from the other modules' integration events: which
/// organisation holds it, how many official delegates were summoned (Delegates), who has been in the hall (Attendance),
/// what its elections gave (Voting). Its figures flow into the organisation's report, marked "from the platform".
/// </summary>
internal sealed class PlatformCongress
{
    private PlatformCongress() { }

    public Guid CongressId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public int OfficialDelegates { get; private set; }
    public int Present { get; private set; }
    public DateTime? FirstCheckInUtc { get; private set; }

    public static PlatformCongress For(Guid congressId, Guid organisationId) => new() { CongressId = congressId, OrganisationId = organisationId };

    public void DelegateSummoned() => OfficialDelegates++;

    public void DelegateArrived(DateTime atUtc)
    {
        Present++;
        FirstCheckInUtc ??= atUtc;
    }
}

/// <summary>A delegate seen in the hall at least once: the roll call counts each delegate once, however often they come and go.</summary>
internal sealed class PlatformPresence
{
    private PlatformPresence() { }

    public Guid CongressId { get; private set; }
    public Guid DelegateId { get; private set; }

    public static PlatformPresence Of(Guid congressId, Guid delegateId) => new() { CongressId = congressId, DelegateId = delegateId };
}
