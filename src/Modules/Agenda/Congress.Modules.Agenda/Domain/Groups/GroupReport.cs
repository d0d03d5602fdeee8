using Congress.Modules.Agenda.Domain.Programme;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Domain.Groups;

/// <summary>The chair and the secretary of a discussion group (tổ trưởng, thư ký tổ), chosen among its members by the organising committee.</summary>
internal sealed class GroupOfficers
{
    private GroupOfficers() { }

    public Guid CongressId { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid? ChairDelegateId { get; private set; }
    public Guid? SecretaryDelegateId { get; private set; }
    public int Version { get; private set; }

    public static GroupOfficers For(Guid congressId, Guid groupId) => new() { CongressId = congressId, GroupId = groupId };

    public Result Appoint(int expectedVersion, Guid? chair, Guid? secretary)
    {
        if (expectedVersion != Version) return AgendaErrors.Stale;
        ChairDelegateId = chair;
        SecretaryDelegateId = secretary;
        Version++;
        return Result.Success();
    }
}

internal readonly record struct GroupReportId(Guid Value) : ITypedId
{
    public static GroupReportId New() => new(Guid.NewGuid());
}

/// <summary>
/// A discussion group's report on one agenda item (báo cáo kết quả thảo luận tổ), filed and revised by the group's
/// secretary: one per group and item, versioned (a stale revision is refused, the first writer's text kept).
/// </summary>
internal sealed class GroupReport : AggregateRoot<GroupReportId>
{
    public const int MaxTextLength = 20_000;

    private GroupReport() { }

    public Guid CongressId { get; private set; }
    public Guid GroupId { get; private set; }
    public ItemId ItemId { get; private set; }
    public string Text { get; private set; } = "";
    public Guid FiledByDelegateId { get; private set; }
    public string FiledByName { get; private set; } = "";
    public DateTime FiledAtUtc { get; private set; }
    public int Version { get; private set; }

    public static GroupReport File(AgendaItem item, Guid groupId, string text, Guid secretary, string secretaryName, DateTime nowUtc) => new()
    {
        Id = GroupReportId.New(), CongressId = item.CongressId, GroupId = groupId, ItemId = item.Id, Text = text.Trim(),
        FiledByDelegateId = secretary, FiledByName = secretaryName, FiledAtUtc = nowUtc, Version = 1,
    };

    public Result Revise(int expectedVersion, string text, Guid secretary, string secretaryName, DateTime nowUtc)
    {
        if (expectedVersion != Version) return AgendaErrors.Stale;
        (Text, FiledByDelegateId, FiledByName, FiledAtUtc) = (text.Trim(), secretary, secretaryName, nowUtc);
        Version++;
        return Result.Success();
    }
}
