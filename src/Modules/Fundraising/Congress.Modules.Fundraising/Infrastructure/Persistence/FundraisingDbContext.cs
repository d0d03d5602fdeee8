using Congress.Modules.Fundraising.Domain.Bank;
using Congress.Modules.Fundraising.Domain.Batches;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Disbursements;
using Congress.Modules.Fundraising.Domain.Findings;
using Congress.Modules.Fundraising.Domain.Ledger;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Infrastructure.Persistence;

internal sealed class FundraisingDbContext(DbContextOptions<FundraisingDbContext> options, ModuleDbContextServices services)
    : ModuleDbContext(options, services)
{
    public const string SchemaName = "fundraising";

    public override string Schema => SchemaName;

    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignUnit> CampaignUnits => Set<CampaignUnit>();
    public DbSet<Pledge> Pledges => Set<Pledge>();
    public DbSet<Receipt> Receipts => Set<Receipt>();
    public DbSet<ReceiptCounter> ReceiptCounters => Set<ReceiptCounter>();
    public DbSet<CashBatch> CashBatches => Set<CashBatch>();
    public DbSet<BankLine> BankLines => Set<BankLine>();
    public DbSet<Disbursement> Disbursements => Set<Disbursement>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<LedgerPosting> LedgerPostings => Set<LedgerPosting>();
    public DbSet<FundraisingFinding> Findings => Set<FundraisingFinding>();
}
