namespace Congress.Modules.Delegates.Application.DiscussionGroups;

internal sealed record DiscussionGroupDto(Guid Id, Guid CongressId, int Number, string Name, string? Location, int Members, IReadOnlyList<string> Delegations);
