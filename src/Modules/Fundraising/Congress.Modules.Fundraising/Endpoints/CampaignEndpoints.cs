using Congress.Modules.Fundraising.Application.Access;
using Congress.Modules.Fundraising.Application.Books;
using Congress.Modules.Fundraising.Application.Books.ExportLedgerCsv;
using Congress.Modules.Fundraising.Application.Books.PrintBooks;
using Congress.Modules.Fundraising.Application.Books.GetTrialBalance;
using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Application.Campaigns.CloseCampaign;
using Congress.Modules.Fundraising.Application.Campaigns.GetCampaignSummary;
using Congress.Modules.Fundraising.Application.Campaigns.GetPublicCampaign;
using Congress.Modules.Fundraising.Application.Campaigns.LaunchCampaign;
using Congress.Modules.Fundraising.Application.Campaigns.ListCampaigns;
using Congress.Modules.Fundraising.Application.Disbursements.RecordDisbursement;
using Congress.Modules.Fundraising.Application.Reconciliation;
using Congress.Modules.Fundraising.Application.Reconciliation.ListFundraisingFindings;
using Congress.Modules.Fundraising.Application.Reconciliation.ReconcileFundraising;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Fundraising.Endpoints;

/// <summary>Campaigns: launch, close, the thermometer, disbursements, the books' trial balance, and the public transparency page.</summary>
internal static class CampaignEndpoints
{
    internal sealed record LaunchCampaignRequest(string Name, string Purpose, long GoalVnd, DateOnly StartsOn, DateOnly EndsOn, string Organiser,
        string BankBin, string BankAccount, string BankAccountName, IReadOnlyList<UnitTargetInput>? Units);
    internal sealed record DisbursementRequest(string Locality, string? Purpose, long AmountVnd, string? Source);

    public static void Map(RouteGroupBuilder group)
    {
        var campaigns = group.MapGroup("/congresses/{congressId:guid}/campaigns").WithTags("Fundraising campaigns");

        campaigns.MapGet("/", async Task<Results<Ok<IReadOnlyList<CampaignDto>>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListCampaignsQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Watch))
            .WithSummary("The congress's fundraising campaigns, newest first");

        campaigns.MapPost("/", async Task<Results<Created<CampaignDto>, ProblemHttpResult>> (Guid congressId, LaunchCampaignRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new LaunchCampaignCommand(congressId, body.Name, body.Purpose ?? "", body.GoalVnd, body.StartsOn, body.EndsOn, body.Organiser ?? "",
                    body.BankBin ?? "", body.BankAccount ?? "", body.BankAccountName ?? "", body.Units ?? []), ct))
                .ToCreated(c => $"/api/fundraising/congresses/{congressId}/campaigns/{c.Id}"))
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Manage))
            .WithSummary("Launch a campaign: purpose, goal and per-unit targets in whole VND, period, organiser, receiving account");

        campaigns.MapPost("/{campaignId:guid}/close", async Task<Results<Ok<CampaignDto>, ProblemHttpResult>> (Guid congressId, Guid campaignId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CloseCampaignCommand(congressId, campaignId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Manage))
            .WithSummary("End a campaign: later pledges are refused (409)");

        campaigns.MapGet("/{campaignId:guid}/summary", async Task<Results<Ok<CampaignSummaryDto>, ProblemHttpResult>> (Guid congressId, Guid campaignId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetCampaignSummaryQuery(congressId, campaignId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Watch))
            .WithSummary("The thermometer: pledged and received against the goal, per unit, disbursements, the balance left");

        campaigns.MapPost("/{campaignId:guid}/disbursements", async Task<Results<Ok<DisbursementDto>, ProblemHttpResult>> (Guid congressId, Guid campaignId, DisbursementRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RecordDisbursementCommand(congressId, campaignId, body.Locality, body.Purpose ?? "", body.AmountVnd, body.Source ?? "BankTransfer"), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Manage))
            .WithSummary("Pay support to a locality; refused (409) above the balance of the paying account");

        campaigns.MapGet("/{campaignId:guid}/trial-balance", async Task<Results<Ok<TrialBalanceDto>, ProblemHttpResult>> (Guid congressId, Guid campaignId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetTrialBalanceQuery(congressId, campaignId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Books))
            .WithSummary("The books' trial balance: each account, total debits and credits (their difference is always zero)");

        campaigns.MapGet("/{campaignId:guid}/ledger.csv", async Task<Results<ContentHttpResult, ProblemHttpResult>> (Guid congressId, Guid campaignId, IMediator mediator, CancellationToken ct) =>
            {
                var csv = await mediator.Send(new ExportLedgerCsvQuery(congressId, campaignId), ct);
                return csv.IsSuccess ? TypedResults.Text(csv.Value, "text/csv; charset=utf-8") : csv.Error!.ToProblem();
            })
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Books))
            .WithSummary("For the auditors: every posting of the books as CSV, one line per leg");

        campaigns.MapGet("/{campaignId:guid}/books.pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid congressId, Guid campaignId, IMediator mediator, CancellationToken ct) =>
                MoneyEndpoints.Pdf(await mediator.Send(new PrintBooksQuery(congressId, campaignId), ct), $"so-sach-{campaignId}.pdf"))
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Books))
            .WithSummary("For the auditors, as PDF: figures, trial balance, the register of receipts (voided ones marked) and the disbursements");

        group.MapPost("/congresses/{congressId:guid}/reconciliation", async Task<Results<Ok<int>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ReconcileFundraisingCommand(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Collect))
            .WithTags("Fundraising campaigns")
            .WithSummary("Reconcile now (the job runs it every 15 minutes): pledges without receipts, receipts without pledges, unmatched bank lines, open batches");

        group.MapGet("/congresses/{congressId:guid}/findings", async Task<Results<Ok<IReadOnlyList<FindingDto>>, ProblemHttpResult>> (Guid congressId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListFundraisingFindingsQuery(congressId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Books))
            .WithTags("Fundraising campaigns")
            .WithSummary("The last reconciliation's findings");

        group.MapGet("/public/campaigns/{campaignId:guid}", async Task<Results<Ok<PublicCampaignDto>, ProblemHttpResult>> (Guid campaignId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new GetPublicCampaignQuery(campaignId), ct)).ToOk())
            .AllowAnonymous()
            .WithTags("Fundraising transparency")
            .WithSummary("Public, no sign-in: totals, per-unit totals (units with fewer than 3 donors folded together), disbursements, names of donors who agreed");
    }
}
