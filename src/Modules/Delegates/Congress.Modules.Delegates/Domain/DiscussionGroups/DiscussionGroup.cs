using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Domain.DiscussionGroups;

internal readonly record struct DiscussionGroupId(Guid Value) : ITypedId
{
    public static DiscussionGroupId New() => new(Guid.NewGuid());
}

/// <summary>A discussion group (tổ thảo luận) of a congress, where delegates discuss the draft documents.</summary>
internal sealed class DiscussionGroup : AggregateRoot<DiscussionGroupId>
{
    private DiscussionGroup() { }

    public CongressId CongressId { get; private set; }
    public int Number { get; private set; }
    public string Name { get; private set; } = "";
    public string? Location { get; private set; }

    public static Result<DiscussionGroup> Create(CongressId congressId, int number, string name, string? location)
    {
        if (number <= 0) return new Error("delegates.group.number", "Số thứ tự tổ phải lớn hơn 0.");
        if (string.IsNullOrWhiteSpace(name)) return new Error("delegates.group.name", "Tên tổ thảo luận là bắt buộc.");
        return new DiscussionGroup { Id = DiscussionGroupId.New(), CongressId = congressId, Number = number, Name = name.Trim(), Location = location?.Trim() };
    }
}
