using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Application.Polls;
using Congress.Modules.Voting.Application.Polls.CancelPoll;
using Congress.Modules.Voting.Application.Polls.ClosePoll;
using Congress.Modules.Voting.Application.Polls.CreatePoll;
using Congress.Modules.Voting.Application.Polls.GetPoll;
using Congress.Modules.Voting.Application.Polls.GetPollMinutes;
using Congress.Modules.Voting.Application.Polls.GetPollProgress;
using Congress.Modules.Voting.Application.Polls.ListPolls;
using Congress.Modules.Voting.Application.Polls.OpenPoll;
using Congress.Modules.Voting.Application.Polls.PublishResult;
using Congress.Modules.Voting.Application.Polls.RecordTellerCount;
using Congress.Modules.Voting.Application.Polls.ReopenPoll;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Voting.Endpoints;

/// <summary>The chair's side of a poll: create, open, watch, close, count, publish.</summary>
internal static class PollEndpoints
{
    internal sealed record CreatePollRequest(string Title, string Kind, string Visibility, string? ApprovalMode, int Seats,
        IReadOnlyList<PollOptionInput>? Options, bool BlankBallotValid);
    internal sealed record OpenPollRequest(int? CloseAfterMinutes);
    internal sealed record ReasonRequest(string Reason, int? CloseAfterMinutes);
    internal sealed record TellerCountRequest(int Collected, int Valid, int Invalid, int Blank, Dictionary<string, int>? Votes);

    public static void Map(RouteGroupBuilder group)
    {
        var polls = group.MapGroup("/").WithTags("Polls");

        polls.MapGet("/congresses/{congressId:guid}/polls", async Task<Results<Ok<IReadOnlyList<PollDto>>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListPollsQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ReadPolls))
            .WithSummary("The polls of a congress, in the order they were created");

        polls.MapPost("/congresses/{congressId:guid}/polls", async Task<Results<Created<Guid>, ProblemHttpResult>> (Guid congressId, CreatePollRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CreatePollCommand(congressId, body.Title, body.Kind, body.Visibility, body.ApprovalMode, body.Seats, body.Options, body.BlankBallotValid), ct))
                    .ToCreated(id => $"/api/voting/polls/{id}"))
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ManagePolls))
            .WithSummary("Draft a motion, a list approval or an election");

        polls.MapGet("/polls/{pollId:guid}", async Task<Results<Ok<PollDto>, ProblemHttpResult>> (Guid pollId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetPollQuery(pollId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ReadPolls))
            .WithSummary("A poll, with its result once published");

        polls.MapGet("/polls/{pollId:guid}/progress", async Task<Results<Ok<PollProgressDto>, ProblemHttpResult>> (Guid pollId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetPollProgressQuery(pollId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ManagePolls))
            .WithSummary("Ballots cast against the eligible, and who has not voted yet by delegation");

        polls.MapPost("/polls/{pollId:guid}/open", async Task<Results<Ok<PollDto>, ProblemHttpResult>> (Guid pollId, OpenPollRequest? body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new OpenPollCommand(pollId, body?.CloseAfterMinutes), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ManagePolls))
            .WithSummary("Open voting: the eligible delegates are snapshotted now; optionally close by itself after some minutes");

        polls.MapPost("/polls/{pollId:guid}/close", async Task<Results<Ok<PollDto>, ProblemHttpResult>> (Guid pollId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ClosePollCommand(pollId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ManagePolls))
            .WithSummary("Close voting (idempotent)");

        polls.MapPost("/polls/{pollId:guid}/teller-count", async Task<Results<Ok<PollDto>, ProblemHttpResult>> (Guid pollId, TellerCountRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RecordTellerCountCommand(pollId, body.Collected, body.Valid, body.Invalid, body.Blank, body.Votes ?? []), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ManagePolls))
            .WithSummary("Enter the tellers' count of a show of hands or of a paper ballot (an electronic poll is counted from its ballots only)");

        polls.MapPost("/polls/{pollId:guid}/publish", async Task<Results<Ok<PollDto>, ProblemHttpResult>> (Guid pollId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new PublishResultCommand(pollId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ManagePolls))
            .WithSummary("Tally a closed poll and publish its result (idempotent)");

        polls.MapGet("/polls/{pollId:guid}/minutes.pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid pollId, IMediator mediator, CancellationToken ct) =>
                {
                    var minutes = await mediator.Send(new GetPollMinutesQuery(pollId), ct);
                    if (minutes.IsFailure) return minutes.Error!.ToProblem();
                    return TypedResults.File(minutes.Value.Pdf, "application/pdf", minutes.Value.FileName);
                })
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ReadPolls))
            .WithSummary("The minutes of a published poll as a PDF, for the tellers and the chair to sign");

        polls.MapPost("/polls/{pollId:guid}/cancel", async Task<Results<Ok<PollDto>, ProblemHttpResult>> (Guid pollId, ReasonRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CancelPollCommand(pollId, body.Reason), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ManagePolls))
            .WithSummary("Cancel a poll, with a reason");

        polls.MapPost("/polls/{pollId:guid}/reopen", async Task<Results<Ok<PollDto>, ProblemHttpResult>> (Guid pollId, ReasonRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReopenPollCommand(pollId, body.Reason, body.CloseAfterMinutes), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(VotingRoles.ManagePolls))
            .WithSummary("Open a closed poll again, with a reason (never once its result is published)");
    }
}
