namespace Congress.Modules.Reporting.Application;

/// <summary>Configuration section "Reporting".</summary>
internal sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>
    /// The date by which each level's congresses are to be held and reported, by Delegates' level name (the 2025 round:
    /// grassroots by the end of June, communes by the end of August, provinces by the end of October, the centre in January).
    /// </summary>
    public Dictionary<string, DateOnly> DueByLevel { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Centre"] = new(2026, 1, 31),
        ["Province"] = new(2025, 10, 31),
        ["District"] = new(2025, 8, 31),
        ["Commune"] = new(2025, 8, 31),
        ["AgencyCommittee"] = new(2025, 8, 31),
        ["Grassroots"] = new(2025, 6, 30),
        ["Cell"] = new(2025, 5, 31),
    };

    /// <summary>An organisation is "near" its deadline this many days before it.</summary>
    public int ReminderDaysBefore { get; set; } = 14;

    public int ReminderEveryMinutes { get; set; } = 60;

    /// <summary>
    /// How often the read model of the tree is reconciled whole with Delegates' tree (~60,000 organisations read): a safety
    /// net only, as each organisation Delegates creates arrives by its integration event.
    /// </summary>
    public int TreeSyncEveryMinutes { get; set; } = 360;

    public DateOnly DueFor(string level) => DueByLevel.TryGetValue(level, out var due) ? due : new DateOnly(2025, 12, 31);
}
