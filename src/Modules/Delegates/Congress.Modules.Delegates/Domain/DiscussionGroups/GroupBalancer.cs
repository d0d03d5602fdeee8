namespace Congress.Modules.Delegates.Domain.DiscussionGroups;

/// <summary>
/// Divides delegations into discussion groups: a delegation stays together, the largest are placed first,
/// each into the group that is smallest so far (ties to the lowest-numbered group). Deterministic.
/// </summary>
internal static class GroupBalancer
{
    public static IReadOnlyDictionary<string, int> Distribute(IReadOnlyDictionary<string, int> delegationSizes, int groupCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(groupCount, 1);
        var load = new int[groupCount];
        var placement = new Dictionary<string, int>();
        foreach (var (delegation, size) in delegationSizes.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal))
        {
            var target = Array.IndexOf(load, load.Min());
            load[target] += size;
            placement[delegation] = target;
        }
        return placement;
    }
}
