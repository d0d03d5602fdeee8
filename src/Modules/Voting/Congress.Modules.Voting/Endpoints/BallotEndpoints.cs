using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Application.Ballots;
using Congress.Modules.Voting.Application.Ballots.CastBallot;
using Congress.Modules.Voting.Application.Ballots.ListMyBallots;
using Congress.Modules.Voting.Application.Polls.GetBallotList;
using Congress.Modules.Voting.Application.Presence.SetManualPresence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Voting.Endpoints;

/// <summary>The delegate's side: cast a ballot, check it in the published list; and presence kept by hand.</summary>
internal static class BallotEndpoints
{
    internal sealed record CastBallotBody(Guid BallotId, IReadOnlyList<string> Selections);
    internal sealed record PresenceRequest(IReadOnlyList<Guid> DelegateIds, bool Present);

    public static void Map(RouteGroupBuilder group)
    {
        var ballots = group.MapGroup("/").WithTags("Ballots");

        ballots.MapPost("/polls/{pollId:guid}/ballots", async Task<Results<Ok<BallotReceiptDto>, ProblemHttpResult>> (Guid pollId, CastBallotBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CastBallotCommand(pollId, body.BallotId, body.Selections), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.Cast))
            .WithSummary("Cast the signed-in delegate's ballot; resending the same ballot id is recognised, not counted twice");

        ballots.MapGet("/congresses/{congressId:guid}/my-ballots", async Task<Results<Ok<IReadOnlyList<MyBallotDto>>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListMyBallotsQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.Cast))
            .WithSummary("The signed-in delegate's tablet: the polls taking ballots now, and whether this delegate has voted in each");

        ballots.MapGet("/congresses/{congressId:guid}/my-ballots/live", async Task<IResult> (Guid congressId, HttpContext context, IMediator mediator, OpenPollsWatch watch, ISessionValidity sessions, CancellationToken ct) =>
            {
                var first = await mediator.Send(new ListMyBallotsQuery(congressId), ct);
                if (first.IsFailure) return first.Error!.ToProblem();
                return TypedResults.ServerSentEvents(MyBallotsLive(congressId, first.Value, mediator, watch, () => sessions.IsCurrentAsync(context.User, ct), ct), eventType: "my-ballots");
            })
            .RequireAuthorization(p => p.RequireRole(VotingRoles.Cast))
            .Produces<IReadOnlyList<MyBallotDto>>(StatusCodes.Status200OK, "text/event-stream")
            .WithSummary("The tablet's live feed (server-sent events): the signed-in delegate's open polls now, then again within a second of every change on any host");

        ballots.MapGet("/polls/{pollId:guid}/ballots", async Task<Results<Ok<IReadOnlyList<BallotListEntryDto>>, ProblemHttpResult>> (Guid pollId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetBallotListQuery(pollId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ReadPolls))
            .WithSummary("The ballot list with receipts, once the result is published");

        ballots.MapPut("/congresses/{congressId:guid}/presence", async Task<Results<Ok<int>, ProblemHttpResult>> (Guid congressId, PresenceRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetManualPresenceCommand(congressId, body.DelegateIds ?? [], body.Present), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ManagePolls))
            .WithSummary("Mark delegates present or absent by hand (when no roll call runs); answers the number present");
    }

    /// <summary>
    /// The delegate's open polls, then again each time this host's <see cref="OpenPollsWatch"/> sees them change (a live
    /// signal from any host, or its one-second read). Re-read through the mediator each time, as the caller.
    /// </summary>
    private static async IAsyncEnumerable<IReadOnlyList<MyBallotDto>> MyBallotsLive(Guid congressId, IReadOnlyList<MyBallotDto> first, IMediator mediator,
        OpenPollsWatch watch, Func<Task<bool>> sessionIsCurrent, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return first;
        var changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var listening = watch.Listen(congressId, () => { changed.Writer.TryWrite(true); return Task.CompletedTask; });
        while (true)
        {
            try { await changed.Reader.ReadAsync(cancellationToken); }
            catch (OperationCanceledException) { yield break; } // the tablet went away
            if (!await sessionIsCurrent()) yield break; // signed out everywhere, disabled, revoked (docs: ISessionValidity)
            var now = await mediator.Send(new ListMyBallotsQuery(congressId), cancellationToken);
            if (now.IsFailure) yield break; // no longer allowed (signed out, struck from the congress)
            yield return now.Value;
        }
    }
}
