using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Domain.Organisations;

internal readonly record struct OrganisationId(Guid Value) : ITypedId
{
    public static OrganisationId New() => new(Guid.NewGuid());
}

/// <summary>The levels of the party-organisation tree, top to bottom. Configurable labels live in the portal.</summary>
internal enum OrganisationLevel
{
    Centre = 0,            // Trung ương
    Province = 1,          // Tỉnh ủy / Thành ủy
    District = 2,          // Huyện ủy / Quận ủy (where it still exists)
    Commune = 3,           // Đảng ủy xã / phường / đặc khu
    AgencyCommittee = 4,   // Đảng ủy khối / cơ quan
    Grassroots = 5,        // Tổ chức cơ sở đảng
    Cell = 6,              // Chi bộ
}

/// <summary>
/// A party organisation. <see cref="Path"/> holds the ids from the root down ("/a/b/c/"), so a subtree is a
/// prefix: an official scoped to an organisation sees exactly the rows whose path starts with theirs.
/// </summary>
internal sealed class Organisation : AggregateRoot<OrganisationId>
{
    private Organisation() { }

    public OrganisationId? ParentId { get; private set; }
    public string Name { get; private set; } = "";
    public string Code { get; private set; } = "";
    public OrganisationLevel Level { get; private set; }
    public int MemberCount { get; private set; }
    public string Path { get; private set; } = "";

    public static Result<Organisation> CreateRoot(string name, string code, OrganisationLevel level, int memberCount) =>
        Create(null, "/", name, code, level, memberCount);

    public Result<Organisation> AddChild(string name, string code, OrganisationLevel level, int memberCount)
    {
        if (level <= Level)
            return new Error("delegates.organisation.level", $"Cấp của tổ chức con phải thấp hơn cấp của \"{Name}\".");
        return Create(Id, Path, name, code, level, memberCount);
    }

    public Result UpdateMemberCount(int memberCount)
    {
        if (memberCount < 0) return new Error("delegates.organisation.members", "Số đảng viên không được âm.");
        MemberCount = memberCount;
        return Result.Success();
    }

    public bool Contains(string path) => path.StartsWith(Path, StringComparison.Ordinal);

    private static Result<Organisation> Create(OrganisationId? parentId, string parentPath, string name, string code, OrganisationLevel level, int memberCount)
    {
        if (string.IsNullOrWhiteSpace(name)) return new Error("delegates.organisation.name", "Tên tổ chức đảng là bắt buộc.");
        if (string.IsNullOrWhiteSpace(code)) return new Error("delegates.organisation.code", "Mã tổ chức đảng là bắt buộc.");
        if (memberCount < 0) return new Error("delegates.organisation.members", "Số đảng viên không được âm.");
        var id = OrganisationId.New();
        return new Organisation
        {
            Id = id,
            ParentId = parentId,
            Name = name.Trim(),
            Code = code.Trim(),
            Level = level,
            MemberCount = memberCount,
            Path = $"{parentPath}{id.Value:N}/",
        };
    }
}
