using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Application.Campaigns.LaunchCampaign;
using Congress.Modules.Fundraising.Application.Disbursements.RecordDisbursement;
using Congress.Modules.Fundraising.Application.Pledges.RecordPledge;
using Congress.Modules.Fundraising.Application.Receipts.RecordReceipt;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Fundraising.Infrastructure.Demo;

/// <summary>
/// The demo congress's fundraising drive for the people hit by storms No. 10 and 11: launched with a target per
/// delegation, the province's party committees' transfers received, and the 4.2 billion đồng already advanced to 12
/// affected localities. Sent through the mediator as the system, so every rule and every ledger entry applies.
/// </summary>
internal sealed class FundraisingDemoSeeder(IServiceScopeFactory scopes) : IDemoSeeder
{
    public const string CampaignName = "Chung tay hỗ trợ đồng bào bị thiệt hại do bão số 10 và số 11";

    private static readonly (string Locality, long AmountVnd)[] Advances =
    [
        ("Xã Nho Quan", 500_000_000), ("Xã Gia Viễn", 450_000_000), ("Xã Yên Mô", 400_000_000), ("Xã Kim Sơn", 400_000_000),
        ("Xã Nghĩa Hưng", 350_000_000), ("Xã Hải Hậu", 350_000_000), ("Xã Giao Thủy", 300_000_000), ("Xã Xuân Trường", 300_000_000),
        ("Xã Trực Ninh", 300_000_000), ("Xã Ý Yên", 250_000_000), ("Xã Lý Nhân", 250_000_000), ("Xã Bình Lục", 350_000_000),
    ];

    public async Task SeedAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (await services.GetRequiredService<FundraisingDbContext>().Campaigns.AnyAsync(cancellationToken)) return;
        var congress = (await services.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(cancellationToken)).FirstOrDefault();
        if (congress is null) return;
        var mediator = services.GetRequiredService<IMediator>();
        var delegations = (await services.GetRequiredService<IDelegateRoster>().ListAsync(congress.Id, cancellationToken))
            .Select(d => d.Delegation).Where(d => !string.IsNullOrWhiteSpace(d)).Distinct().Order().ToList();

        var launched = await mediator.Send(new LaunchCampaignCommand(congress.Id, CampaignName,
            "Vận động cán bộ, đảng viên và đại biểu dự Đại hội ủng hộ đồng bào các xã bị thiệt hại do bão số 10 và số 11.",
            20_000_000_000, new DateOnly(2025, 10, 14), new DateOnly(2025, 12, 31), "Ban Thường vụ Tỉnh ủy; Ủy ban MTTQ Việt Nam tỉnh",
            "970415", "113000123456", "UY BAN MTTQ VN TINH NINH BINH",
            delegations.Select(d => new UnitTargetInput(d, 300_000_000)).ToList()), cancellationToken);
        Check(launched);
        var campaignId = launched.Value.Id;

        // The party committees' transfers that came in before the congress: 5.2 billion, enough for the advances.
        foreach (var (delegation, i) in delegations.Take(8).Select((d, i) => (d, i)))
        {
            var pledge = await mediator.Send(new RecordPledgeCommand(congress.Id, campaignId, "Unit", delegation, delegation, 650_000_000, true), cancellationToken);
            Check(pledge);
            Check(await mediator.Send(new RecordReceiptCommand(congress.Id, campaignId, pledge.Value.Id, "BankTransfer", 650_000_000, null, null), cancellationToken));
        }
        foreach (var (locality, amount) in Advances)
            Check(await mediator.Send(new RecordDisbursementCommand(congress.Id, campaignId, locality,
                "Tạm ứng hỗ trợ khắc phục hậu quả bão số 10, 11 (tỉnh đã ứng trước)", amount, "BankTransfer"), cancellationToken));
        output.WriteLine($"Đã tạo đợt vận động ủng hộ mẫu: {Advances.Length} địa phương đã nhận {Ui.Vnd(Advances.Sum(a => a.AmountVnd))}.");
    }

    private static void Check(Result result)
    {
        if (result.IsFailure) throw new InvalidOperationException($"Demo fundraising: {result.Error!.Message}");
    }
}
