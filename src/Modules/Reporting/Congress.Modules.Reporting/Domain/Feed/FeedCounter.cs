namespace Congress.Modules.Reporting.Domain.Feed;

/// <summary>
/// A named counter. "feed" numbers the reports' changes: each change takes the next value inside its transaction, and
/// the row stays locked until that transaction ends, so numbers are handed out in commit order and a reader that
/// pages by "after N" never skips a change committed later with a smaller number.
/// </summary>
internal sealed class FeedCounter
{
    public const string ChangeFeed = "feed";

    private FeedCounter() { }

    public string Name { get; private set; } = "";
    public long Value { get; private set; }

    /// <summary>The counter's row, made by the first change (a migration cannot insert it without provider-specific column types).</summary>
    public static FeedCounter Start(string name, long value) => new() { Name = name, Value = value };
}
