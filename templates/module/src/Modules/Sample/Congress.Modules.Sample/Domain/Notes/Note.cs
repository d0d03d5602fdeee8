using Congress.Shared.Kernel;

namespace Congress.Modules.Sample.Domain.Notes;

internal readonly record struct NoteId(Guid Value) : ITypedId
{
    public static NoteId New() => new(Guid.NewGuid());
}

internal sealed record NoteAddedDomainEvent(NoteId NoteId) : IDomainEvent;

/// <summary>An aggregate of this module: it guards its own rules and raises what happened to it.</summary>
internal sealed class Note : AggregateRoot<NoteId>
{
    public const int MaxLength = 2000;

    private Note() { }

    public Guid CongressId { get; private set; }
    public string Text { get; private set; } = "";
    public string Author { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }

    public static Result<Note> Add(Guid congressId, string text, string author, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(text)) return new Error("sample.note.text", "Nội dung là bắt buộc.");
        if (text.Length > MaxLength) return new Error("sample.note.text", $"Nội dung quá dài (tối đa {MaxLength} ký tự).");
        var note = new Note { Id = NoteId.New(), CongressId = congressId, Text = text.Trim(), Author = author, CreatedAtUtc = nowUtc };
        note.Raise(new NoteAddedDomainEvent(note.Id));
        return note;
    }
}
