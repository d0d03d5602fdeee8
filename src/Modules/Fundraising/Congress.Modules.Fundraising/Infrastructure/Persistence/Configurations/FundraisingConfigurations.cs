using Congress.Modules.Fundraising.Domain.Bank;
using Congress.Modules.Fundraising.Domain.Batches;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Disbursements;
using Congress.Modules.Fundraising.Domain.Findings;
using Congress.Modules.Fundraising.Domain.Ledger;
using Congress.Modules.Fundraising.Domain.Receipts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Congress.Modules.Fundraising.Infrastructure.Persistence.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.ToTable("campaigns");
        b.HasKey(c => c.Id);
        b.Property(c => c.Name).IsRequired();
        b.Property(c => c.Purpose).IsRequired();
        b.Property(c => c.Organiser).IsRequired();
        b.Property(c => c.BankBin).IsRequired();
        b.Property(c => c.BankAccount).IsRequired();
        b.Property(c => c.BankAccountName).IsRequired();
        b.Ignore(c => c.IsOpen);
        b.HasMany(c => c.Units).WithOne().HasForeignKey(u => u.CampaignId);
        b.Navigation(c => c.Units).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(c => c.CongressId);
    }
}

internal sealed class CampaignUnitConfiguration : IEntityTypeConfiguration<CampaignUnit>
{
    public void Configure(EntityTypeBuilder<CampaignUnit> b)
    {
        b.ToTable("campaign_units");
        b.HasKey(u => u.Id);
        b.Property(u => u.Name).IsRequired();
        b.HasIndex(u => new { u.CampaignId, u.Name }).IsUnique();
    }
}

internal sealed class PledgeConfiguration : IEntityTypeConfiguration<Pledge>
{
    public void Configure(EntityTypeBuilder<Pledge> b)
    {
        b.ToTable("pledges");
        b.HasKey(p => p.Id);
        b.Property(p => p.Reference).IsRequired();
        b.Property(p => p.DonorName).IsRequired();
        b.Ignore(p => p.OutstandingVnd);
        b.HasIndex(p => p.Reference).IsUnique();
        b.HasIndex(p => new { p.CampaignId, p.CreatedAtUtc });
        b.HasIndex(p => p.DelegateId);
    }
}

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> b)
    {
        b.ToTable("receipts");
        b.HasKey(r => r.Id);
        b.Property(r => r.PayerName).IsRequired();
        b.Ignore(r => r.DisplayNumber);
        // The last fence of the gap-free numbering: two receipts can never share a number of a campaign and year.
        b.HasIndex(r => new { r.CampaignId, r.Year, r.Number }).IsUnique();
        b.HasIndex(r => r.PledgeId);
        b.HasIndex(r => r.CashBatchId);
    }
}

internal sealed class ReceiptCounterConfiguration : IEntityTypeConfiguration<ReceiptCounter>
{
    public void Configure(EntityTypeBuilder<ReceiptCounter> b)
    {
        b.ToTable("receipt_counters");
        b.HasKey(c => new { c.CampaignId, c.Year });
    }
}

internal sealed class CashBatchConfiguration : IEntityTypeConfiguration<CashBatch>
{
    public void Configure(EntityTypeBuilder<CashBatch> b)
    {
        b.ToTable("cash_batches");
        b.HasKey(x => x.Id);
        b.Property(x => x.Label).IsRequired();
        b.HasIndex(x => x.CampaignId);
    }
}

internal sealed class BankLineConfiguration : IEntityTypeConfiguration<BankLine>
{
    public void Configure(EntityTypeBuilder<BankLine> b)
    {
        b.ToTable("bank_lines");
        b.HasKey(x => x.Id);
        b.Property(x => x.Description).IsRequired();
        b.Property(x => x.TransactionId).IsRequired();
        b.HasIndex(x => new { x.CampaignId, x.TransactionId }).IsUnique();
        b.HasIndex(x => new { x.CampaignId, x.Status });
    }
}

internal sealed class DisbursementConfiguration : IEntityTypeConfiguration<Disbursement>
{
    public void Configure(EntityTypeBuilder<Disbursement> b)
    {
        b.ToTable("disbursements");
        b.HasKey(x => x.Id);
        b.Property(x => x.Locality).IsRequired();
        b.Property(x => x.Purpose).IsRequired();
        b.HasIndex(x => x.CampaignId);
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> b)
    {
        b.ToTable("ledger_entries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).IsRequired();
        b.Property(x => x.Memo).IsRequired();
        b.HasMany(x => x.Postings).WithOne().HasForeignKey(p => p.EntryId);
        b.Navigation(x => x.Postings).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => new { x.CampaignId, x.AtUtc });
        b.HasIndex(x => x.SourceId);
    }
}

internal sealed class LedgerPostingConfiguration : IEntityTypeConfiguration<LedgerPosting>
{
    public void Configure(EntityTypeBuilder<LedgerPosting> b)
    {
        b.ToTable("ledger_postings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => new { x.CampaignId, x.Account });
    }
}

internal sealed class FundraisingFindingConfiguration : IEntityTypeConfiguration<FundraisingFinding>
{
    public void Configure(EntityTypeBuilder<FundraisingFinding> b)
    {
        b.ToTable("findings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).IsRequired();
        b.Property(x => x.Message).IsRequired();
        b.HasIndex(x => x.CampaignId);
    }
}
