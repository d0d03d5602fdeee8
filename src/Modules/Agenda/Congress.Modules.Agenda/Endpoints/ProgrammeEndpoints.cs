using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Congress.Modules.Agenda.Application.Access;
using Congress.Modules.Agenda.Application.Live;
using Congress.Modules.Agenda.Application.Programme;
using Congress.Modules.Agenda.Application.Programme.AddItem;
using Congress.Modules.Agenda.Application.Programme.CloneProgramme;
using Congress.Modules.Agenda.Application.Programme.CreateSession;
using Congress.Modules.Agenda.Application.Programme.EndItem;
using Congress.Modules.Agenda.Application.Programme.GetLiveProgramme;
using Congress.Modules.Agenda.Application.Programme.GetProgramme;
using Congress.Modules.Agenda.Application.Programme.MoveItem;
using Congress.Modules.Agenda.Application.Programme.PostponeItem;
using Congress.Modules.Agenda.Application.Programme.SetSpeakingRules;
using Congress.Modules.Agenda.Application.Programme.StartItem;
using Congress.Modules.Agenda.Application.Programme.UpdateItem;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Agenda.Endpoints;

/// <summary>Sessions and items of a congress's programme. Edits carry the version read (a stale one: 409).</summary>
internal static class ProgrammeEndpoints
{
    internal sealed record CreateSessionRequest(string Kind, string Title, DateOnly Day);
    internal sealed record AddItemRequest(string Title, string Kind, DateTime PlannedStartUtc, int PlannedMinutes, string? Presenter, int? Position);
    internal sealed record UpdateItemRequest(int Version, string Title, DateTime PlannedStartUtc, int PlannedMinutes, string? Presenter);
    internal sealed record MoveItemRequest(int Version, Guid SessionId, int Position, DateTime? PlannedStartUtc);
    internal sealed record PostponeItemRequest(int Version, string Reason);
    /// <param name="MaxPerDelegation">How many of one delegation may speak on the item; 0 or absent: no quota.</param>
    internal sealed record SpeakingRulesRequest(int MaxSpeakers, int SecondsPerSpeaker, int MaxPerDelegation = 0);
    internal sealed record CloneRequest(Guid SourceCongressId, DateOnly FirstDay);

    public static void Map(RouteGroupBuilder group)
    {
        var congress = group.MapGroup("/congresses/{congressId:guid}").WithTags("Agenda");

        congress.MapGet("/programme", async Task<Results<Ok<ProgrammeDto>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetProgrammeQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.ReadProgramme))
            .WithSummary("The programme: sessions, items in order, the item now in progress and the next");

        congress.MapGet("/programme/live", async Task<IResult> (Guid congressId, HttpContext context, IMediator mediator, ProgrammeWatch watch, ISessionValidity sessions, CancellationToken ct) =>
            {
                long? since = long.TryParse(context.Request.Headers["Last-Event-ID"], out var lastEventId) && lastEventId >= 0 ? lastEventId : null;
                var changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
                var listening = watch.Listen(congressId, () => changed.Writer.TryWrite(true)); // before the first read: nothing falls between
                ct.Register(listening.Dispose); // also when the feed never starts
                var first = await mediator.Send(new GetLiveProgrammeQuery(congressId, since), ct);
                if (first.IsFailure) { listening.Dispose(); return first.Error!.ToProblem(); }
                return TypedResults.ServerSentEvents(ProgrammeLive(congressId, first.Value, changed.Reader, listening, mediator, () => sessions.IsCurrentAsync(context.User, ct), ct));
            })
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.ReadProgramme))
            .Produces<LiveProgrammeDto>(StatusCodes.Status200OK, "text/event-stream")
            .WithSummary("The tablets' and screens' live feed (server-sent events, event \"programme\"): the programme now, then again within a second of every change on any host, with the notices of what changed; a tablet that reconnects with Last-Event-ID is told what it missed");

        congress.MapPost("/sessions", async Task<Results<Created<Guid>, ProblemHttpResult>> (Guid congressId, CreateSessionRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CreateSessionCommand(congressId, body.Kind, body.Title, body.Day), ct)).ToCreated(id => $"/api/agenda/congresses/{congressId}/programme"))
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Add a session (preparatory, official, closing) on a day");

        congress.MapPost("/sessions/{sessionId:guid}/items", async Task<Results<Ok<ItemDto>, ProblemHttpResult>> (Guid congressId, Guid sessionId, AddItemRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AddItemCommand(congressId, sessionId, body.Title, body.Kind, body.PlannedStartUtc, body.PlannedMinutes, body.Presenter, body.Position), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Insert an item into a session (at a position, or at the end)");

        congress.MapPut("/items/{itemId:guid}", async Task<Results<Ok<ItemDto>, ProblemHttpResult>> (Guid congressId, Guid itemId, UpdateItemRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new UpdateItemCommand(congressId, itemId, body.Version, body.Title, body.PlannedStartUtc, body.PlannedMinutes, body.Presenter), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Re-plan an item (409 when the version is stale; 400 when the time leaves the session's day)");

        congress.MapPost("/items/{itemId:guid}/move", async Task<Results<Ok<ItemDto>, ProblemHttpResult>> (Guid congressId, Guid itemId, MoveItemRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new MoveItemCommand(congressId, itemId, body.Version, body.SessionId, body.Position, body.PlannedStartUtc), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Reorder an item or move it to another session");

        congress.MapPost("/items/{itemId:guid}/postpone", async Task<Results<Ok<ItemDto>, ProblemHttpResult>> (Guid congressId, Guid itemId, PostponeItemRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new PostponeItemCommand(congressId, itemId, body.Version, body.Reason), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Postpone an item");

        congress.MapPost("/items/{itemId:guid}/start", async Task<Results<Ok<ItemDto>, ProblemHttpResult>> (Guid congressId, Guid itemId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new StartItemCommand(congressId, itemId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("The item starts now (the one in progress ends)");

        congress.MapPost("/items/{itemId:guid}/end", async Task<Results<Ok<ItemDto>, ProblemHttpResult>> (Guid congressId, Guid itemId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new EndItemCommand(congressId, itemId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("The item ends now");

        congress.MapPut("/items/{itemId:guid}/speaking-rules", async Task<Results<Ok<ItemDto>, ProblemHttpResult>> (Guid congressId, Guid itemId, SpeakingRulesRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetSpeakingRulesCommand(congressId, itemId, body.MaxSpeakers, body.SecondsPerSpeaker, body.MaxPerDelegation), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Limit of speakers and seconds per speaker on an item");

        congress.MapPost("/programme/clone", async Task<Results<Ok<int>, ProblemHttpResult>> (Guid congressId, CloneRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CloneProgrammeCommand(congressId, body.SourceCongressId, body.FirstDay), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Make this congress's programme from another's (a template); answers the number of items copied");
    }

    /// <summary>
    /// The live feed of one tablet: the first event, then one each time the watch announces a change, re-read through the
    /// mediator as the tablet's account (so it stops when that account may no longer read the programme, or when its
    /// sessions were ended: a lost tablet revoked, a password changed). A change that arrives while the previous event is
    /// being sent is folded into the next one.
    /// </summary>
    private static async IAsyncEnumerable<SseItem<LiveProgrammeDto>> ProgrammeLive(Guid congressId, LiveProgrammeDto first, ChannelReader<bool> changed,
        IDisposable listening, IMediator mediator, Func<Task<bool>> sessionIsCurrent, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var _ = listening;
        var cursor = first.Cursor;
        yield return Event(first);
        while (true)
        {
            try { await changed.ReadAsync(cancellationToken); }
            catch (OperationCanceledException) { yield break; } // the tablet went away
            if (!await sessionIsCurrent()) yield break; // signed out everywhere, disabled, revoked
            var now = await mediator.Send(new GetLiveProgrammeQuery(congressId, cursor), cancellationToken);
            if (now.IsFailure) yield break; // no longer allowed (signed out, struck from the congress)
            cursor = now.Value.Cursor;
            yield return Event(now.Value);
        }
    }

    private static SseItem<LiveProgrammeDto> Event(LiveProgrammeDto programme) =>
        new(programme, "programme") { EventId = programme.Cursor.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
