namespace Congress.Modules.Reporting.Domain.Tree;

/// <summary>
/// Reporting's own read model of one organisation of the tree that Delegates owns (filled from Delegates' contract,
/// never from its tables). <see cref="Path"/> is Delegates' path ("/{id:N}/…/"): the ancestors are in it, so a
/// roll-up update needs no walk of the tree, and a subtree is a prefix.
/// </summary>
internal sealed class ReportingOrganisation
{
    private ReportingOrganisation() { }

    public Guid Id { get; private set; }
    public Guid? ParentId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Level { get; private set; } = "";
    public string Path { get; private set; } = "";
    public int Depth { get; private set; }

    /// <summary>The date by which its congress is to be held and reported (set by level, see ReportingOptions).</summary>
    public DateOnly DueOn { get; private set; }

    public static ReportingOrganisation From(Guid id, Guid? parentId, string code, string name, string level, string path, DateOnly dueOn) => new()
    {
        Id = id, ParentId = parentId, Code = code, Name = name, Level = level, Path = path,
        Depth = path.Count(c => c == '/') - 2, DueOn = dueOn,
    };

    public void Rename(string code, string name)
    {
        Code = code;
        Name = name;
    }

    /// <summary>The organisations above this one, from the root down, read from the path.</summary>
    public IReadOnlyList<Guid> AncestorIds => AncestorsOf(Path, Id);

    public static IReadOnlyList<Guid> AncestorsOf(string path, Guid self) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(segment => Guid.ParseExact(segment, "N")).Where(id => id != self).ToList();
}
