using Congress.Modules.Fundraising.Application.Access;
using Congress.Modules.Fundraising.Application.Books;
using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Application.Pledges.PledgeAsDelegate;
using Congress.Modules.Fundraising.Application.Printing;
using Congress.Modules.Fundraising.Application.Receipts;
using Congress.Modules.Fundraising.Application.Reconciliation;
using Congress.Modules.Fundraising.Endpoints;
using Congress.Modules.Fundraising.Infrastructure.Demo;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Modules.Fundraising.Infrastructure.Printing;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Modules;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Portal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Fundraising;

/// <summary>
/// Vận động ủng hộ — fundraising drives of a congress: campaigns with per-unit targets, pledges from tablets and the
/// secretariat, gap-free receipts, cash batches, the bank statement matched by VietQR reference, disbursements to
/// localities, a double-entry ledger whose trial balance is always zero, a live thermometer and a public page.
/// Routes under /api/fundraising; schema "fundraising".
/// </summary>
public sealed class FundraisingModule : IModule
{
    public string Name => FundraisingDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<FundraisingDbContext>(configuration, FundraisingDbContext.SchemaName);
        services.AddHandlersFrom(typeof(FundraisingModule).Assembly);
        services.AddScoped<Books>();
        services.AddScoped<Thermometer>();
        services.AddScoped<ReceiptDesk>();
        services.AddSingleton<PledgeWriter>();
        services.AddSingleton<IFundraisingPrinter, PdfFundraisingPrinter>();
        services.AddSingleton<IDemoSeeder, FundraisingDemoSeeder>();
        var minutes = Math.Max(1, configuration.GetValue("Fundraising:ReconcileEveryMinutes", 15));
        services.AddRecurringJob<ReconcileFundraisingJob>(ReconcileFundraisingJob.RecurringKey, TimeSpan.FromMinutes(minutes), retries: 0); // the next run is the retry
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/fundraising").RequireAuthorization();
        CampaignEndpoints.Map(group);
        MoneyEndpoints.Map(group);
    }

    public IReadOnlyList<PortalMenuItem> Menu =>
    [
        new("/fundraising", "Vận động ủng hộ", "Fundraising", MenuIcon.Money, 40, FundraisingRoles.Collect),
        new("/fundraising/give", "Ủng hộ của tôi", "My pledge", MenuIcon.Pen, 41, FundraisingRoles.Give),
    ];
}
