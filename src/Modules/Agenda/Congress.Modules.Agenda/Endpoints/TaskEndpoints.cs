using Congress.Modules.Agenda.Application.Access;
using Congress.Modules.Agenda.Application.Tasks;
using Congress.Modules.Agenda.Application.Tasks.AssignTask;
using Congress.Modules.Agenda.Application.Tasks.ListTasks;
using Congress.Modules.Agenda.Application.Tasks.RemindDueTasks;
using Congress.Modules.Agenda.Application.Tasks.UpdateTask;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Agenda.Endpoints;

/// <summary>The organising committee's tasks: assign, track, what is late, reminders.</summary>
internal static class TaskEndpoints
{
    internal sealed record AssignTaskRequest(string Title, string Assignee, DateTime DueAtUtc, Guid? OrganisationId);
    internal sealed record UpdateTaskRequest(int Version, string Status, string? Note);

    public static void Map(RouteGroupBuilder group)
    {
        var tasks = group.MapGroup("/congresses/{congressId:guid}/tasks").WithTags("Agenda tasks");

        tasks.MapGet("/", async Task<Results<Ok<IReadOnlyList<TaskDto>>, ProblemHttpResult>> (Guid congressId, bool? late, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListTasksQuery(congressId, late ?? false), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("The committee's tasks by due time (?late=true: only what is late)");

        tasks.MapPost("/", async Task<Results<Ok<TaskDto>, ProblemHttpResult>> (Guid congressId, AssignTaskRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new AssignTaskCommand(congressId, body.Title, body.Assignee, body.DueAtUtc, body.OrganisationId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Assign a task to a person or sub-committee (an organisation outside the caller's subtree: 404)");

        tasks.MapPut("/{taskId:guid}", async Task<Results<Ok<TaskDto>, ProblemHttpResult>> (Guid congressId, Guid taskId, UpdateTaskRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new UpdateTaskCommand(congressId, taskId, body.Version, body.Status, body.Note), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Status and a progress note (409 when the version is stale)");

        tasks.MapPost("/reminders", async Task<Results<Ok<int>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RemindDueTasksCommand(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(AgendaRoles.Chair))
            .WithSummary("Remind now of the open tasks due within a day (the recurring job does this every 15 minutes)");
    }
}
