namespace Congress.Modules.Agenda.Application.Groups;

internal sealed record GroupPersonDto(Guid DelegateId, string Code, string FullName, string Delegation);

/// <summary>
/// A discussion group as the programme shows it: number, name, room, chair and secretary, and the items it has reported
/// on. <paramref name="Members"/> only for officials (a delegate's tablet is not given the groups' lists);
/// <paramref name="CallerIsSecretary"/>: the signed-in delegate files this group's reports.
/// </summary>
internal sealed record GroupDto(Guid GroupId, int Number, string Name, string? Room, int MemberCount, GroupPersonDto? Chair, GroupPersonDto? Secretary,
    int OfficersVersion, IReadOnlyList<Guid> ReportedItemIds, bool CallerIsSecretary, IReadOnlyList<GroupPersonDto> Members);

internal sealed record GroupReportDto(Guid Id, Guid GroupId, int GroupNumber, string GroupName, Guid ItemId, string ItemTitle, string Text,
    string FiledBy, DateTime FiledAtUtc, int Version);
