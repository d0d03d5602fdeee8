namespace Congress.Modules.Documents.Application.Documents;

/// <summary>
/// A section-level diff: the longest common subsequence of the two versions' sections (paragraph blocks, compared after
/// trimming); a run of removed sections followed by added ones at the same place is paired up as "changed".
/// </summary>
internal static class SectionDiff
{
    public static IReadOnlyList<SectionChangeDto> Compare(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var n = before.Count;
        var m = after.Count;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        for (var j = m - 1; j >= 0; j--)
            lcs[i, j] = before[i] == after[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var result = new List<SectionChangeDto>();
        var removed = new List<string>();
        var added = new List<string>();
        void Flush()
        {
            var paired = Math.Min(removed.Count, added.Count);
            for (var k = 0; k < paired; k++) result.Add(new SectionChangeDto("changed", removed[k], added[k]));
            foreach (var r in removed.Skip(paired)) result.Add(new SectionChangeDto("removed", r, null));
            foreach (var a in added.Skip(paired)) result.Add(new SectionChangeDto("added", null, a));
            removed.Clear();
            added.Clear();
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && before[x] == after[y])
            {
                Flush();
                result.Add(new SectionChangeDto("unchanged", before[x], after[y]));
                x++;
                y++;
            }
            else if (y < m && (x == n || lcs[x, y + 1] >= lcs[x + 1, y])) added.Add(after[y++]);
            else removed.Add(before[x++]);
        }
        Flush();
        return result;
    }
}
