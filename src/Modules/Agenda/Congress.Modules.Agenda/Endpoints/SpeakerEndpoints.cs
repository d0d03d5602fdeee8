using Congress.Modules.Agenda.Application.Access;
using Congress.Modules.Agenda.Application.Speakers;
using Congress.Modules.Agenda.Application.Speakers.AddSpeaker;
using Congress.Modules.Agenda.Application.Speakers.CallSpeaker;
using Congress.Modules.Agenda.Application.Speakers.GetSpeakingTime;
using Congress.Modules.Agenda.Application.Speakers.ListSpeakers;
using Congress.Modules.Agenda.Application.Speakers.OrderSpeakers;
using Congress.Modules.Agenda.Application.Speakers.RequestToSpeak;
using Congress.Modules.Agenda.Application.Speakers.SetPresenceRule;
using Congress.Modules.Agenda.Application.Speakers.StartSpeaking;
using Congress.Modules.Agenda.Application.Speakers.StopSpeaking;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Agenda.Endpoints;

/// <summary>The speakers' list of an item, the chair's calls and the speaking timer.</summary>
internal static class SpeakerEndpoints
{
    internal sealed record RequestToSpeakRequest(string Mode, string? Text);
    internal sealed record AddSpeakerRequest(Guid DelegateId, string Mode, string? Text);
    internal sealed record OrderRequest(IReadOnlyList<Guid> SpeakerIds);
    internal sealed record PresenceRuleRequest(bool RequirePresence);

    public static void Map(RouteGroupBuilder group)
    {
        var congress = group.MapGroup("/congresses/{congressId:guid}").WithTags("Agenda speakers");

        congress.MapGet("/items/{itemId:guid}/speakers", async Task<Results<Ok<SpeakersDto>, ProblemHttpResult>> (Guid congressId, Guid itemId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListSpeakersQuery(congressId, itemId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.ReadProgramme))
            .WithSummary("An item's speakers: spoken turns in order, written contributions apart");

        congress.MapPost("/items/{itemId:guid}/speak", async Task<Results<Ok<SpeakerDto>, ProblemHttpResult>> (Guid congressId, Guid itemId, RequestToSpeakRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RequestToSpeakCommand(congressId, itemId, body.Mode, body.Text), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Speak))
            .WithSummary("The signed-in delegate asks to speak (or files a written contribution)");

        congress.MapPost("/items/{itemId:guid}/speakers", async Task<Results<Ok<SpeakerDto>, ProblemHttpResult>> (Guid congressId, Guid itemId, AddSpeakerRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AddSpeakerCommand(congressId, itemId, body.DelegateId, body.Mode, body.Text), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("The secretariat adds a delegate of this congress to the list");

        congress.MapPut("/items/{itemId:guid}/speakers/order", async Task<Results<Ok<SpeakersDto>, ProblemHttpResult>> (Guid congressId, Guid itemId, OrderRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new OrderSpeakersCommand(congressId, itemId, body.SpeakerIds), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("The chair's order of the spoken turns");

        congress.MapPost("/speakers/{speakerId:guid}/call", async Task<Results<Ok<SpeakerDto>, ProblemHttpResult>> (Guid congressId, Guid speakerId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CallSpeakerCommand(congressId, speakerId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Call a speaker (the item's limit and, when required, presence in the hall are checked)");

        congress.MapPost("/speakers/{speakerId:guid}/timer/start", async Task<Results<Ok<SpeakerDto>, ProblemHttpResult>> (Guid congressId, Guid speakerId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new StartSpeakingCommand(congressId, speakerId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Start the speaking timer (409 when a timer already runs)");

        congress.MapPost("/speakers/{speakerId:guid}/timer/stop", async Task<Results<Ok<SpeakerDto>, ProblemHttpResult>> (Guid congressId, Guid speakerId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new StopSpeakingCommand(congressId, speakerId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Stop the speaking timer");

        congress.MapGet("/speaking-time", async Task<Results<Ok<SpeakingTimeDto>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetSpeakingTimeQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.ReadRecords))
            .WithSummary("Total speaking time per delegate and per delegation");

        congress.MapPut("/presence-rule", async Task<Results<NoContent, ProblemHttpResult>> (Guid congressId, PresenceRuleRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new SetPresenceRuleCommand(congressId, body.RequirePresence), ct)).ToNoContent())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Whether only delegates present in the hall (Attendance) may be called to speak");
    }
}
