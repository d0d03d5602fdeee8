using System.Linq.Expressions;
using Congress.Modules.Sample.Domain.Notes;

namespace Congress.Modules.Sample.Application.Notes;

internal sealed record NoteDto(Guid Id, Guid CongressId, string Text, string Author, DateTime CreatedAtUtc)
{
    public static readonly Expression<Func<Note, NoteDto>> Projection = n => new NoteDto(n.Id.Value, n.CongressId, n.Text, n.Author, n.CreatedAtUtc);
}
