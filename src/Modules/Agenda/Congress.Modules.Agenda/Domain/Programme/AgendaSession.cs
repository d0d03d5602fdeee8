using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Domain.Programme;

internal readonly record struct SessionId(Guid Value) : ITypedId
{
    public static SessionId New() => new(Guid.NewGuid());
}

/// <summary>Phiên trù bị, phiên chính thức, phiên bế mạc.</summary>
internal enum SessionKind
{
    Preparatory,
    Official,
    Closing,
}

/// <summary>One session of a congress, held on one day (the hall's day, Asia/Ho_Chi_Minh); its items are <see cref="AgendaItem"/>s.</summary>
internal sealed class AgendaSession : AggregateRoot<SessionId>
{
    private AgendaSession() { }

    public Guid CongressId { get; private set; }
    public SessionKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly Day { get; private set; }

    public static Result<AgendaSession> Create(Guid congressId, SessionKind kind, string title, DateOnly day)
    {
        if (string.IsNullOrWhiteSpace(title)) return AgendaErrors.TitleRequired;
        var session = new AgendaSession { Id = SessionId.New(), CongressId = congressId, Kind = kind, Title = title.Trim(), Day = day };
        session.Raise(new SessionAddedDomainEvent(congressId, $"Thêm phiên: {session.Title}"));
        return session;
    }

    /// <summary>The same session for another congress, <paramref name="shiftDays"/> days later (a programme made from a template).</summary>
    public AgendaSession CloneFor(Guid congressId, int shiftDays) =>
        new() { Id = SessionId.New(), CongressId = congressId, Kind = Kind, Title = Title, Day = Day.AddDays(shiftDays) };
}
