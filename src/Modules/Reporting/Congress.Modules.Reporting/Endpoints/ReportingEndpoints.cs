using Congress.Modules.Reporting.Application.Access;
using Congress.Modules.Reporting.Application.Approvals.ApproveLevel;
using Congress.Modules.Reporting.Application.Approvals.ReopenLevel;
using Congress.Modules.Reporting.Application.Completeness.ListMissing;
using Congress.Modules.Reporting.Application.Exchange.ExportLevelPdf;
using Congress.Modules.Reporting.Application.Exchange.ExportReports;
using Congress.Modules.Reporting.Application.Exchange.ImportReports;
using Congress.Modules.Reporting.Application.Feed.ListReportChanges;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Progress.GetProgress;
using Congress.Modules.Reporting.Application.Progress.UpdateProgress;
using Congress.Modules.Reporting.Application.Reminders.ListReminders;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Modules.Reporting.Application.Rollups.GetRollup;
using Congress.Modules.Reporting.Application.Rollups.ListChildren;
using Congress.Modules.Reporting.Application.Tree.GetMyLevel;
using Congress.Modules.Reporting.Domain.Progress;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Reporting.Endpoints;

/// <summary>/api/reporting: an organisation's report, its roll-up, the drill-down, the missing list, approval and reopen.</summary>
internal static class ReportingEndpoints
{
    /// <summary>The body of PUT …/report: the whole report as the officials see it, with the version they read.</summary>
    internal sealed record UpdateProgressRequest(
        int ExpectedVersion,
        DateOnly? PlannedPreparatoryOn, DateOnly? PlannedCongressOn,
        DateOnly? DocumentsDraftedOn, DateOnly? PersonnelPlanApprovedOn, DateOnly? PreparatorySessionOn, DateOnly? CongressHeldOn, DateOnly? ResultsApprovedOn,
        int? DelegatesSummoned, int? DelegatesPresent, int? CommitteeSeats, int? CommitteeElected, string? SecretaryName, IReadOnlyList<string>? DeputyNames,
        int? HigherDelegateSeats, int? HigherDelegatesElected, IReadOnlyList<ElectedEntry>? Elected);

    internal sealed record ReopenRequest(string Reason);

    public static void Map(RouteGroupBuilder group)
    {
        var api = group.WithTags("Reporting");

        api.MapGet("/me", async Task<Results<Ok<MyLevelDto>, ProblemHttpResult>> (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetMyLevelQuery(), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Read))
            .WithSummary("The caller's own level (where their dashboard opens)");

        var organisation = api.MapGroup("/organisations/{organisationId:guid}");

        organisation.MapGet("/report", async Task<Results<Ok<ProgressReportDto>, ProblemHttpResult>> (Guid organisationId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetProgressQuery(organisationId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Read))
            .WithSummary("An organisation's congress progress report (view scope: the caller's subtree)");

        organisation.MapPut("/report", async Task<Results<Ok<ProgressReportDto>, ProblemHttpResult>> (Guid organisationId, UpdateProgressRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new UpdateProgressCommand(organisationId, body.ExpectedVersion, body.PlannedPreparatoryOn, body.PlannedCongressOn,
                    body.DocumentsDraftedOn, body.PersonnelPlanApprovedOn, body.PreparatorySessionOn, body.CongressHeldOn, body.ResultsApprovedOn,
                    body.DelegatesSummoned, body.DelegatesPresent, body.CommitteeSeats, body.CommitteeElected, body.SecretaryName, body.DeputyNames,
                    body.HigherDelegateSeats, body.HigherDelegatesElected, body.Elected), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Capture))
            .WithSummary("Enter the own organisation's progress and results (409 when stale or locked, 400 when inconsistent)");

        organisation.MapGet("/rollup", async Task<Results<Ok<RollupDto>, ProblemHttpResult>> (Guid organisationId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetRollupQuery(organisationId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Read))
            .WithSummary("The roll-up of everything below an organisation (one row, kept current on every update)");

        organisation.MapGet("/children", async Task<Results<Ok<IReadOnlyList<ChildRollupDto>>, ProblemHttpResult>> (Guid organisationId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListChildrenQuery(organisationId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Read))
            .WithSummary("Drill-down: the organisations directly below, with their own state and their roll-ups");

        organisation.MapGet("/missing", async Task<Results<Ok<IReadOnlyList<MissingOrganisationDto>>, ProblemHttpResult>> (Guid organisationId, bool? allLevels, int? take, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListMissingQuery(organisationId, allLevels ?? false, take ?? 200), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Read))
            .WithSummary("Organisations below whose congress is not reported yet (children, or every level)");

        organisation.MapGet("/reminders", async Task<Results<Ok<IReadOnlyList<ReminderDto>>, ProblemHttpResult>> (Guid organisationId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListRemindersQuery(organisationId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Read))
            .WithSummary("Children near or past their deadline and not reported (the reminder job's last list)");

        organisation.MapGet("/reports", async Task<Results<Ok<ReportChangesDto>, ProblemHttpResult>> (Guid organisationId, long? after, int? take, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListReportChangesQuery(organisationId, after ?? 0, take ?? 100), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Read))
            .WithSummary("Paged read and change feed: the subtree's reports changed after the cursor 'after' (0: from the start), in change order");

        organisation.MapGet("/reports.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid organisationId, IMediator mediator, CancellationToken ct) =>
            {
                var csv = await mediator.Send(new ExportReportsQuery(organisationId), ct);
                if (csv.IsFailure) return csv.Error!.ToProblem();
                return TypedResults.File([.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(csv.Value)], "text/csv", "bao-cao-dai-hoi.csv");
            })
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Read))
            .WithSummary("The subtree's reports as CSV (the import's columns and more)");

        organisation.MapGet("/report.pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid organisationId, IMediator mediator, CancellationToken ct) =>
            {
                var pdf = await mediator.Send(new ExportLevelPdfQuery(organisationId), ct);
                if (pdf.IsFailure) return pdf.Error!.ToProblem();
                return TypedResults.File(pdf.Value, "application/pdf", "bao-cao-dai-hoi.pdf");
            })
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Read))
            .WithSummary("The level's report as PDF: completeness, stages, attendance, the elected committees' structure and the children's state (view scope: the caller's subtree)");

        organisation.MapPost("/reports.csv", async Task<Results<Ok<int>, ProblemHttpResult>> (Guid organisationId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
                var text = await reader.ReadToEndAsync(ct);
                return (await mediator.Send(new ImportReportsCommand(organisationId, text), ct)).ToOk();
            })
            .Accepts<string>("text/csv")
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Capture))
            .WithSummary("Import a lower level's results (CSV), validated as a whole: all rows written, or none (400 listing every problem)");

        organisation.MapPost("/approve", async Task<Results<Ok<RollupDto>, ProblemHttpResult>> (Guid organisationId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ApproveLevelCommand(organisationId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Approve))
            .WithSummary("Approve the own level's report (409 while anything below is not reported); locks the data below");

        organisation.MapPost("/reopen", async Task<Results<Ok<RollupDto>, ProblemHttpResult>> (Guid organisationId, ReopenRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReopenLevelCommand(organisationId, body.Reason), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(ReportingRoles.Approve))
            .WithSummary("Reopen an approved level below the caller's, with a reason (audited)");
    }
}
