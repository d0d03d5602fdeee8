using Congress.Modules.Fundraising.Application.Access;
using Congress.Modules.Fundraising.Application.BankStatements;
using Congress.Modules.Fundraising.Application.BankStatements.ImportBankStatement;
using Congress.Modules.Fundraising.Application.BankStatements.ListBankLines;
using Congress.Modules.Fundraising.Application.BankStatements.ResolveBankLine;
using Congress.Modules.Fundraising.Application.CashBatches;
using Congress.Modules.Fundraising.Application.CashBatches.CloseCashBatch;
using Congress.Modules.Fundraising.Application.CashBatches.ListCashBatches;
using Congress.Modules.Fundraising.Application.CashBatches.OpenCashBatch;
using Congress.Modules.Fundraising.Application.Pledges;
using Congress.Modules.Fundraising.Application.Pledges.ListMyPledges;
using Congress.Modules.Fundraising.Application.Pledges.ListPledges;
using Congress.Modules.Fundraising.Application.Pledges.PledgeAsDelegate;
using Congress.Modules.Fundraising.Application.Pledges.RecordPledge;
using Congress.Modules.Fundraising.Application.Receipts;
using Congress.Modules.Fundraising.Application.Receipts.ListMyReceipts;
using Congress.Modules.Fundraising.Application.Receipts.ListReceipts;
using Congress.Modules.Fundraising.Application.Receipts.PrintMyReceipt;
using Congress.Modules.Fundraising.Application.Receipts.PrintReceipt;
using Congress.Modules.Fundraising.Application.Receipts.RecordReceipt;
using Congress.Modules.Fundraising.Application.Receipts.VoidReceipt;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Congress.Modules.Fundraising.Endpoints;

/// <summary>The money of a campaign: pledges (tablet and secretariat), receipts, cash batches, the bank statement.</summary>
internal static class MoneyEndpoints
{
    internal sealed record PledgeRequest(long AmountVnd, bool NamePublic);
    internal sealed record RecordPledgeRequest(string DonorKind, string DonorName, string? UnitName, long AmountVnd, bool NamePublic);
    internal sealed record ReceiptRequest(Guid? PledgeId, string Method, long AmountVnd, string? PayerName, Guid? CashBatchId);
    internal sealed record VoidRequest(string Reason);
    internal sealed record BatchRequest(string Label, int ExpectedCount, long ExpectedTotalVnd);
    internal sealed record ResolveRequest(Guid? PledgeId, string? PayerName);

    public static void Map(RouteGroupBuilder group)
    {
        var money = group.MapGroup("/").WithTags("Fundraising money");
        const string Campaign = "/congresses/{congressId:guid}/campaigns/{campaignId:guid}";

        group.MapPost("/campaigns/{campaignId:guid}/my-pledges", async Task<Results<Ok<PledgeDto>, ProblemHttpResult>> (Guid campaignId, PledgeRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new PledgeAsDelegateCommand(campaignId, body.AmountVnd, body.NamePublic), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Give))
            .WithTags("Fundraising money")
            .WithSummary("A delegate pledges from the tablet (the delegate is the caller); the answer carries the reference and its VietQR code");

        group.MapGet("/my-pledges", async Task<Results<Ok<IReadOnlyList<PledgeDto>>, ProblemHttpResult>> (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListMyPledgesQuery(), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Give))
            .WithTags("Fundraising money")
            .WithSummary("The signed-in delegate's pledges with their VietQR codes");

        group.MapGet("/my-receipts", async Task<Results<Ok<IReadOnlyList<ReceiptDto>>, ProblemHttpResult>> (IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListMyReceiptsQuery(), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Give))
            .WithTags("Fundraising money")
            .WithSummary("The receipts for the signed-in delegate's own pledges");

        group.MapGet("/my-receipts/{receiptId:guid}/receipt.pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid receiptId, IMediator mediator, CancellationToken ct) =>
                Pdf(await mediator.Send(new PrintMyReceiptQuery(receiptId), ct), $"phieu-thu-{receiptId}.pdf"))
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Give))
            .WithTags("Fundraising money")
            .WithSummary("A receipt for the signed-in delegate's own pledge as PDF; anyone else's is 404");

        money.MapGet(Campaign + "/pledges", async Task<Results<Ok<IReadOnlyList<PledgeDto>>, ProblemHttpResult>> (Guid congressId, Guid campaignId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListPledgesQuery(congressId, campaignId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Books))
            .WithSummary("The campaign's pledges, oldest first");

        money.MapPost(Campaign + "/pledges", async Task<Results<Ok<PledgeDto>, ProblemHttpResult>> (Guid congressId, Guid campaignId, RecordPledgeRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RecordPledgeCommand(congressId, campaignId, body.DonorKind, body.DonorName, body.UnitName, body.AmountVnd, body.NamePublic), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Collect))
            .RequireRateLimiting(RateLimits.QueuedWrites)
            .WithSummary("The secretariat enters a pledge (a unit's, a person's); refused (409) once the campaign is closed");

        money.MapGet(Campaign + "/receipts", async Task<Results<Ok<IReadOnlyList<ReceiptDto>>, ProblemHttpResult>> (Guid congressId, Guid campaignId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListReceiptsQuery(congressId, campaignId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Books))
            .WithSummary("The campaign's receipts in number order");

        money.MapPost(Campaign + "/receipts", async Task<Results<Ok<ReceiptDto>, ProblemHttpResult>> (Guid congressId, Guid campaignId, ReceiptRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new RecordReceiptCommand(congressId, campaignId, body.PledgeId, body.Method, body.AmountVnd, body.PayerName, body.CashBatchId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Collect))
            .RequireRateLimiting(RateLimits.QueuedWrites)
            .WithSummary("Issue a receipt (cash or transfer) with the next gap-free number of the campaign and year");

        money.MapPost("/congresses/{congressId:guid}/receipts/{receiptId:guid}/void", async Task<Results<Ok<ReceiptDto>, ProblemHttpResult>> (Guid congressId, Guid receiptId, VoidRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new VoidReceiptCommand(congressId, receiptId, body.Reason), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Collect))
            .WithSummary("Void a receipt with a reason: a reversing entry, the number stays used");

        money.MapGet("/congresses/{congressId:guid}/receipts/{receiptId:guid}/receipt.pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid congressId, Guid receiptId, IMediator mediator, CancellationToken ct) =>
                Pdf(await mediator.Send(new PrintReceiptQuery(congressId, receiptId), ct), $"phieu-thu-{receiptId}.pdf"))
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Books))
            .WithSummary("The printable receipt (phiếu thu, PDF in Vietnamese, amount in words); a voided one is marked so");

        money.MapGet(Campaign + "/cash-batches", async Task<Results<Ok<IReadOnlyList<CashBatchDto>>, ProblemHttpResult>> (Guid congressId, Guid campaignId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListCashBatchesQuery(congressId, campaignId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Books))
            .WithSummary("Cash batches with declared and counted receipts and totals");

        money.MapPost(Campaign + "/cash-batches", async Task<Results<Ok<CashBatchDto>, ProblemHttpResult>> (Guid congressId, Guid campaignId, BatchRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new OpenCashBatchCommand(congressId, campaignId, body.Label, body.ExpectedCount, body.ExpectedTotalVnd), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Collect))
            .WithSummary("Open a cash batch declaring its expected count and total");

        money.MapPost("/congresses/{congressId:guid}/cash-batches/{batchId:guid}/close", async Task<Results<Ok<CashBatchDto>, ProblemHttpResult>> (Guid congressId, Guid batchId, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new CloseCashBatchCommand(congressId, batchId), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Collect))
            .WithSummary("Close a cash batch; 409 with the difference when count or total does not match");

        money.MapPost(Campaign + "/bank-statements", async Task<Results<Ok<BankImportDto>, ProblemHttpResult>> (Guid congressId, Guid campaignId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
                var content = await reader.ReadToEndAsync(ct);
                var fileName = request.Headers["X-File-Name"].FirstOrDefault() ?? "statement.csv";
                return (await mediator.Send(new ImportBankStatementCommand(congressId, campaignId, fileName, content), ct)).ToOk();
            })
            .Accepts<string>("text/csv")
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Collect))
            .WithSummary("Import the bank's CSV statement (body: text/csv): all or nothing; lines matched by pledge reference and amount, the rest listed");

        money.MapGet(Campaign + "/bank-lines", async Task<Results<Ok<IReadOnlyList<BankLineDto>>, ProblemHttpResult>> (Guid congressId, Guid campaignId, bool? unmatched, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ListBankLinesQuery(congressId, campaignId, unmatched ?? false), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Books))
            .WithSummary("Imported bank lines (?unmatched=true: those waiting for a person)");

        money.MapPost("/congresses/{congressId:guid}/bank-lines/{bankLineId:guid}/resolve", async Task<Results<Ok<ReceiptDto>, ProblemHttpResult>> (Guid congressId, Guid bankLineId, ResolveRequest body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new ResolveBankLineCommand(congressId, bankLineId, body.PledgeId, body.PayerName), ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(FundraisingRoles.Collect))
            .WithSummary("Resolve an unmatched bank line to a pledge, or as a gift without pledge: a receipt is issued");
    }

    internal static Results<FileContentHttpResult, ProblemHttpResult> Pdf(Congress.Shared.Kernel.Result<byte[]> pdf, string fileName) =>
        pdf.IsSuccess ? TypedResults.File(pdf.Value, "application/pdf", fileName) : pdf.Error!.ToProblem();
}
