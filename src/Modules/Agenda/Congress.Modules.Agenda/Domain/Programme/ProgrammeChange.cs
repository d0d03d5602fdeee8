using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Domain.Programme;

internal readonly record struct ProgrammeChangeId(Guid Value) : ITypedId
{
    public static ProgrammeChangeId New() => new(Guid.NewGuid());
}

/// <summary>
/// One notice of what changed in a congress's programme ("Hoãn: …", "Đang phát biểu: …"), kept so that a tablet that was
/// away catches up with what it missed, not only with the programme as it is now.
/// </summary>
internal sealed class ProgrammeChange : Entity<ProgrammeChangeId>
{
    public const int MaxTextLength = 300;

    private ProgrammeChange() { }

    public Guid CongressId { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string Text { get; private set; } = "";

    public static ProgrammeChange Noted(Guid congressId, string text, DateTime atUtc) => new()
    {
        Id = ProgrammeChangeId.New(), CongressId = congressId, AtUtc = atUtc,
        Text = text.Length <= MaxTextLength ? text : text[..(MaxTextLength - 1)] + "…",
    };
}

/// <summary>A session was added to a congress's programme.</summary>
internal sealed record SessionAddedDomainEvent(Guid CongressId, string Change) : IDomainEvent;
