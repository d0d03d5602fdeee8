using Congress.Modules.Reporting.Application.Access;
using Congress.Modules.Reporting.Application.Difficulties;
using Congress.Modules.Reporting.Application.Difficulties.AnswerDifficulty;
using Congress.Modules.Reporting.Application.Difficulties.CloseDifficulty;
using Congress.Modules.Reporting.Application.Difficulties.EscalateDifficulty;
using Congress.Modules.Reporting.Application.Difficulties.FollowUpDifficulty;
using Congress.Modules.Reporting.Application.Difficulties.GetDifficulty;
using Congress.Modules.Reporting.Application.Difficulties.ListDifficulties;
using Congress.Modules.Reporting.Application.Difficulties.ReportDifficulty;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Reporting.Endpoints;

/// <summary>
/// /api/reporting/organisations/{organisationId}/difficulties: difficulties an organisation reports to the province (and on
/// to the centre), their answers, escalation, follow-up and closing. The organisation in the route is the reporter's.
/// </summary>
internal static class DifficultyEndpoints
{
    internal sealed record ReportDifficultyRequest(string Category, string Title, string Description);

    /// <summary>An answer, an escalation note, a follow-up or a closing word, with the version the writer read.</summary>
    internal sealed record DifficultyStepRequest(int ExpectedVersion, string? Text);

    public static void Map(RouteGroupBuilder group)
    {
        var difficulties = group.WithTags("Reporting: difficulties").MapGroup("/organisations/{organisationId:guid}/difficulties");

        difficulties.MapGet("", async Task<Results<Ok<IReadOnlyList<DifficultySummaryDto>>, ProblemHttpResult>> (Guid organisationId, bool? awaitingMe, string? status, int? take, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListDifficultiesQuery(organisationId, awaitingMe ?? false, status, take ?? 100), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Read))
            .WithSummary("Difficulties reported by the organisation or below it that the caller may see (the province: all of its subtree; the centre: the escalated ones)");

        difficulties.MapPost("", async Task<Results<Ok<DifficultyDto>, ProblemHttpResult>> (Guid organisationId, ReportDifficultyRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReportDifficultyCommand(organisationId, body.Category, body.Title, body.Description), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Difficulties))
            .WithSummary("Report a difficulty of the own organisation (Congress or Software); it goes to the province above");

        difficulties.MapGet("/{difficultyId:guid}", async Task<Results<Ok<DifficultyDto>, ProblemHttpResult>> (Guid organisationId, Guid difficultyId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetDifficultyQuery(organisationId, difficultyId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Read))
            .WithSummary("A difficulty with its status and thread of answers");

        difficulties.MapPost("/{difficultyId:guid}/answer", async Task<Results<Ok<DifficultyDto>, ProblemHttpResult>> (Guid organisationId, Guid difficultyId, DifficultyStepRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AnswerDifficultyCommand(organisationId, difficultyId, body.ExpectedVersion, body.Text ?? ""), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Difficulties))
            .WithSummary("The province (or the centre, once escalated) answers (409 when stale or not waiting for the caller)");

        difficulties.MapPost("/{difficultyId:guid}/escalate", async Task<Results<Ok<DifficultyDto>, ProblemHttpResult>> (Guid organisationId, Guid difficultyId, DifficultyStepRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new EscalateDifficultyCommand(organisationId, difficultyId, body.ExpectedVersion, body.Text ?? ""), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Difficulties))
            .WithSummary("The province passes the difficulty to the centre, saying why");

        difficulties.MapPost("/{difficultyId:guid}/follow-up", async Task<Results<Ok<DifficultyDto>, ProblemHttpResult>> (Guid organisationId, Guid difficultyId, DifficultyStepRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new FollowUpDifficultyCommand(organisationId, difficultyId, body.ExpectedVersion, body.Text ?? ""), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Difficulties))
            .WithSummary("The reporting organisation adds to its difficulty; it waits again for the province (or the centre once escalated)");

        difficulties.MapPost("/{difficultyId:guid}/close", async Task<Results<Ok<DifficultyDto>, ProblemHttpResult>> (Guid organisationId, Guid difficultyId, DifficultyStepRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CloseDifficultyCommand(organisationId, difficultyId, body.ExpectedVersion, body.Text), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Difficulties))
            .WithSummary("The reporting organisation closes its difficulty");
    }
}
