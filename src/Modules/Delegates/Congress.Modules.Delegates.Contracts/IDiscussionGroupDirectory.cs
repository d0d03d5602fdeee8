namespace Congress.Modules.Delegates.Contracts;

/// <summary>A discussion group of a congress: its number, name, room and the delegates assigned to it.</summary>
public sealed record DiscussionGroupEntry(Guid GroupId, int Number, string Name, string? Room, IReadOnlyList<Guid> MemberIds);

/// <summary>The discussion groups of a congress, for the modules that work with them (Agenda's group officers and reports).
/// Callers authorise first: this answers whatever it is asked.</summary>
public interface IDiscussionGroupDirectory
{
    Task<IReadOnlyList<DiscussionGroupEntry>> ListAsync(Guid congressId, CancellationToken cancellationToken);
}
