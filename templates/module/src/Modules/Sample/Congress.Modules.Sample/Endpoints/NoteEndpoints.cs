using Congress.Modules.Sample.Application.Access;
using Congress.Modules.Sample.Application.Notes;
using Congress.Modules.Sample.Application.Notes.AddNote;
using Congress.Modules.Sample.Application.Notes.ListNotes;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Sample.Endpoints;

/// <summary>One static class per feature: map a request to a command or query, answer with TypedResults or ProblemDetails.</summary>
internal static class NoteEndpoints
{
    internal sealed record AddNoteRequest(string Text);

    public static void Map(RouteGroupBuilder group)
    {
        var notes = group.MapGroup("/congresses/{congressId:guid}/notes").WithTags("Sample");

        notes.MapGet("/", async Task<Results<Ok<IReadOnlyList<NoteDto>>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListNotesQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(SampleRoles.Read))
            .WithSummary("Notes of a congress, newest first");

        notes.MapPost("/", async Task<Results<Created<Guid>, ProblemHttpResult>> (Guid congressId, AddNoteRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AddNoteCommand(congressId, body.Text), ct)).ToCreated(id => $"/api/sample/congresses/{congressId}/notes/{id}"))
            .RequireAuthorization(p => p.RequireRole(SampleRoles.Write))
            .WithSummary("Add a note");
    }
}
