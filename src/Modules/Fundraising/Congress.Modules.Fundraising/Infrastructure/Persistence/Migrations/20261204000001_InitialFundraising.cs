using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Fundraising.Infrastructure.Persistence.Migrations;

/// <summary>Hand-written and provider-neutral (docs/adr/0004). Money columns are 64-bit integers of whole đồng.</summary>
[DbContext(typeof(FundraisingDbContext))]
[Migration("20261204000001_InitialFundraising")]
internal sealed class InitialFundraising : Migration
{
    private const string Schema = FundraisingDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateModuleInfrastructure(Schema);

        m.CreateTable("campaigns", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(nullable: false),
                Purpose = t.Column<string>(nullable: false),
                GoalVnd = t.Column<long>(nullable: false),
                StartsOn = t.Column<DateOnly>(nullable: false),
                EndsOn = t.Column<DateOnly>(nullable: false),
                Organiser = t.Column<string>(nullable: false),
                BankBin = t.Column<string>(nullable: false),
                BankAccount = t.Column<string>(nullable: false),
                BankAccountName = t.Column<string>(nullable: false),
                Status = t.Column<int>(nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                ClosedAtUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_campaigns", x => x.Id));
        m.CreateIndex("IX_campaigns_CongressId", "campaigns", "CongressId", schema: Schema);

        m.CreateTable("campaign_units", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CampaignId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(nullable: false),
                TargetVnd = t.Column<long>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_campaign_units", x => x.Id);
                t.ForeignKey("FK_campaign_units_campaigns_CampaignId", x => x.CampaignId, principalSchema: Schema, principalTable: "campaigns",
                    principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_campaign_units_CampaignId_Name", "campaign_units", ["CampaignId", "Name"], schema: Schema, unique: true);

        m.CreateTable("pledges", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CampaignId = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Reference = t.Column<string>(nullable: false),
                DonorKind = t.Column<int>(nullable: false),
                DelegateId = t.Column<Guid>(nullable: true),
                DonorName = t.Column<string>(nullable: false),
                UnitName = t.Column<string>(nullable: true),
                AmountVnd = t.Column<long>(nullable: false),
                ReceivedVnd = t.Column<long>(nullable: false),
                NamePublic = t.Column<bool>(nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_pledges", x => x.Id));
        m.CreateIndex("IX_pledges_Reference", "pledges", "Reference", schema: Schema, unique: true);
        m.CreateIndex("IX_pledges_CampaignId_CreatedAtUtc", "pledges", ["CampaignId", "CreatedAtUtc"], schema: Schema);
        m.CreateIndex("IX_pledges_DelegateId", "pledges", "DelegateId", schema: Schema);

        m.CreateTable("receipts", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CampaignId = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Year = t.Column<int>(nullable: false),
                Number = t.Column<int>(nullable: false),
                PledgeId = t.Column<Guid>(nullable: true),
                Method = t.Column<int>(nullable: false),
                AmountVnd = t.Column<long>(nullable: false),
                PayerName = t.Column<string>(nullable: false),
                CashBatchId = t.Column<Guid>(nullable: true),
                BankLineId = t.Column<Guid>(nullable: true),
                Status = t.Column<int>(nullable: false),
                VoidReason = t.Column<string>(nullable: true),
                ReceivedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_receipts", x => x.Id));
        m.CreateIndex("IX_receipts_CampaignId_Year_Number", "receipts", ["CampaignId", "Year", "Number"], schema: Schema, unique: true);
        m.CreateIndex("IX_receipts_PledgeId", "receipts", "PledgeId", schema: Schema);
        m.CreateIndex("IX_receipts_CashBatchId", "receipts", "CashBatchId", schema: Schema);

        m.CreateTable("receipt_counters", schema: Schema,
            columns: t => new
            {
                CampaignId = t.Column<Guid>(nullable: false),
                Year = t.Column<int>(nullable: false),
                Last = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_receipt_counters", x => new { x.CampaignId, x.Year }));

        m.CreateTable("cash_batches", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CampaignId = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Label = t.Column<string>(nullable: false),
                ExpectedCount = t.Column<int>(nullable: false),
                ExpectedTotalVnd = t.Column<long>(nullable: false),
                IsClosed = t.Column<bool>(nullable: false),
                OpenedAtUtc = t.Column<DateTime>(nullable: false),
                ClosedAtUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_cash_batches", x => x.Id));
        m.CreateIndex("IX_cash_batches_CampaignId", "cash_batches", "CampaignId", schema: Schema);

        m.CreateTable("bank_lines", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CampaignId = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                StatementId = t.Column<Guid>(nullable: false),
                LineNumber = t.Column<int>(nullable: false),
                BookedOn = t.Column<DateOnly>(nullable: false),
                AmountVnd = t.Column<long>(nullable: false),
                Description = t.Column<string>(nullable: false),
                TransactionId = t.Column<string>(nullable: false),
                Reference = t.Column<string>(nullable: true),
                Status = t.Column<int>(nullable: false),
                ReceiptId = t.Column<Guid>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_bank_lines", x => x.Id));
        m.CreateIndex("IX_bank_lines_CampaignId_TransactionId", "bank_lines", ["CampaignId", "TransactionId"], schema: Schema, unique: true);
        m.CreateIndex("IX_bank_lines_CampaignId_Status", "bank_lines", ["CampaignId", "Status"], schema: Schema);

        m.CreateTable("disbursements", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CampaignId = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Locality = t.Column<string>(nullable: false),
                Purpose = t.Column<string>(nullable: false),
                AmountVnd = t.Column<long>(nullable: false),
                Source = t.Column<int>(nullable: false),
                PaidAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_disbursements", x => x.Id));
        m.CreateIndex("IX_disbursements_CampaignId", "disbursements", "CampaignId", schema: Schema);

        m.CreateTable("ledger_entries", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CampaignId = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                AtUtc = t.Column<DateTime>(nullable: false),
                Kind = t.Column<string>(nullable: false),
                SourceId = t.Column<Guid>(nullable: false),
                Memo = t.Column<string>(nullable: false),
                ReversesEntryId = t.Column<Guid>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_ledger_entries", x => x.Id));
        m.CreateIndex("IX_ledger_entries_CampaignId_AtUtc", "ledger_entries", ["CampaignId", "AtUtc"], schema: Schema);
        m.CreateIndex("IX_ledger_entries_SourceId", "ledger_entries", "SourceId", schema: Schema);

        m.CreateTable("ledger_postings", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                EntryId = t.Column<Guid>(nullable: false),
                CampaignId = t.Column<Guid>(nullable: false),
                Account = t.Column<int>(nullable: false),
                AmountVnd = t.Column<long>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ledger_postings", x => x.Id);
                t.ForeignKey("FK_ledger_postings_ledger_entries_EntryId", x => x.EntryId, principalSchema: Schema, principalTable: "ledger_entries",
                    principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_ledger_postings_CampaignId_Account", "ledger_postings", ["CampaignId", "Account"], schema: Schema);
        m.CreateIndex("IX_ledger_postings_EntryId", "ledger_postings", "EntryId", schema: Schema);

        m.CreateTable("findings", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CampaignId = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(nullable: false),
                SubjectId = t.Column<Guid>(nullable: false),
                Message = t.Column<string>(nullable: false),
                FoundAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_findings", x => x.Id));
        m.CreateIndex("IX_findings_CampaignId", "findings", "CampaignId", schema: Schema);
    }
}
