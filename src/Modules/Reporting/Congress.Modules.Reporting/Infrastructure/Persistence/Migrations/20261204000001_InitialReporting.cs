using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Reporting.Infrastructure.Persistence.Migrations;

/// <summary>Hand-written and provider-neutral (docs/adr/0004): one migration serves SQLite and PostgreSQL.</summary>
[DbContext(typeof(ReportingDbContext))]
[Migration("20261204000001_InitialReporting")]
internal sealed class InitialReporting : Migration
{
    private const string Schema = ReportingDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateModuleInfrastructure(Schema);

        m.CreateTable("report_organisations", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ParentId = t.Column<Guid>(nullable: true),
                Code = t.Column<string>(nullable: false),
                Name = t.Column<string>(nullable: false),
                Level = t.Column<string>(nullable: false),
                Path = t.Column<string>(nullable: false),
                Depth = t.Column<int>(nullable: false),
                DueOn = t.Column<DateOnly>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_report_organisations", x => x.Id));
        m.CreateIndex("IX_report_organisations_ParentId", "report_organisations", "ParentId", schema: Schema);
        m.CreateIndex("IX_report_organisations_Path", "report_organisations", "Path", schema: Schema);

        m.CreateTable("progress_reports", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                OrganisationId = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: true),
                Version = t.Column<int>(nullable: false),
                PlannedPreparatoryOn = t.Column<DateOnly>(nullable: true),
                PlannedCongressOn = t.Column<DateOnly>(nullable: true),
                DocumentsDraftedOn = t.Column<DateOnly>(nullable: true),
                PersonnelPlanApprovedOn = t.Column<DateOnly>(nullable: true),
                PreparatorySessionOn = t.Column<DateOnly>(nullable: true),
                CongressHeldOn = t.Column<DateOnly>(nullable: true),
                ResultsApprovedOn = t.Column<DateOnly>(nullable: true),
                Stage = t.Column<int>(nullable: false),
                DelegatesSummoned = t.Column<int>(nullable: true),
                DelegatesSummonedSource = t.Column<string>(nullable: true),
                DelegatesPresent = t.Column<int>(nullable: true),
                DelegatesPresentSource = t.Column<string>(nullable: true),
                CommitteeSeats = t.Column<int>(nullable: true),
                CommitteeElected = t.Column<int>(nullable: true),
                CommitteeElectedSource = t.Column<string>(nullable: true),
                SecretaryName = t.Column<string>(nullable: true),
                DeputyNames = t.Column<string>(nullable: false),
                HigherDelegateSeats = t.Column<int>(nullable: true),
                HigherDelegatesElected = t.Column<int>(nullable: true),
                HigherDelegatesElectedSource = t.Column<string>(nullable: true),
                ReportedAtUtc = t.Column<DateTime>(nullable: true),
                ReportedOnTime = t.Column<bool>(nullable: false),
                UpdatedAtUtc = t.Column<DateTime>(nullable: false),
                UpdatedBy = t.Column<string>(nullable: false),
                ChangeSequence = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_progress_reports", x => x.Id));
        m.CreateIndex("IX_progress_reports_OrganisationId", "progress_reports", "OrganisationId", schema: Schema, unique: true);
        m.CreateIndex("IX_progress_reports_CongressId", "progress_reports", "CongressId", schema: Schema);
        m.CreateIndex("IX_progress_reports_ChangeSequence", "progress_reports", "ChangeSequence", schema: Schema);

        m.CreateTable("report_elected", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ReportId = t.Column<Guid>(nullable: false),
                Order = t.Column<int>(nullable: false),
                Body = t.Column<string>(nullable: false),
                FullName = t.Column<string>(nullable: false),
                Votes = t.Column<int>(nullable: false),
                Role = t.Column<string>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_report_elected", x => x.Id);
                t.ForeignKey("FK_report_elected_progress_reports_ReportId", x => x.ReportId, "progress_reports", "Id", principalSchema: Schema, onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_report_elected_ReportId", "report_elected", "ReportId", schema: Schema);

        m.CreateTable("report_rollups", schema: Schema,
            columns: t => new
            {
                OrganisationId = t.Column<Guid>(nullable: false),
                Expected = t.Column<int>(nullable: false),
                Started = t.Column<int>(nullable: false),
                DocumentsDrafted = t.Column<int>(nullable: false),
                PersonnelPlanApproved = t.Column<int>(nullable: false),
                PreparatorySession = t.Column<int>(nullable: false),
                CongressHeld = t.Column<int>(nullable: false),
                ResultsApproved = t.Column<int>(nullable: false),
                Reported = t.Column<int>(nullable: false),
                OnTime = t.Column<int>(nullable: false),
                Late = t.Column<int>(nullable: false),
                DelegatesSummoned = t.Column<long>(nullable: false),
                DelegatesPresent = t.Column<long>(nullable: false),
                CommitteeSeats = t.Column<long>(nullable: false),
                CommitteeElected = t.Column<long>(nullable: false),
                HigherDelegatesElected = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_report_rollups", x => x.OrganisationId));

        m.CreateTable("report_approvals", schema: Schema,
            columns: t => new
            {
                OrganisationId = t.Column<Guid>(nullable: false),
                Approved = t.Column<bool>(nullable: false),
                ApprovedAtUtc = t.Column<DateTime>(nullable: true),
                ApprovedBy = t.Column<string>(nullable: true),
                ReopenedAtUtc = t.Column<DateTime>(nullable: true),
                ReopenedBy = t.Column<string>(nullable: true),
                ReopenReason = t.Column<string>(nullable: true),
                Reopenings = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_report_approvals", x => x.OrganisationId));
        m.CreateIndex("IX_report_approvals_Approved_OrganisationId", "report_approvals", ["Approved", "OrganisationId"], schema: Schema);

        m.CreateTable("report_reminders", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ParentOrganisationId = t.Column<Guid>(nullable: false),
                OrganisationId = t.Column<Guid>(nullable: false),
                Code = t.Column<string>(nullable: false),
                Name = t.Column<string>(nullable: false),
                DueOn = t.Column<DateOnly>(nullable: false),
                Kind = t.Column<string>(nullable: false),
                ListedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_report_reminders", x => x.Id));
        m.CreateIndex("IX_report_reminders_ParentOrganisationId_DueOn", "report_reminders", ["ParentOrganisationId", "DueOn"], schema: Schema);

        m.CreateTable("report_platform_congresses", schema: Schema,
            columns: t => new
            {
                CongressId = t.Column<Guid>(nullable: false),
                OrganisationId = t.Column<Guid>(nullable: false),
                OfficialDelegates = t.Column<int>(nullable: false),
                Present = t.Column<int>(nullable: false),
                FirstCheckInUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_report_platform_congresses", x => x.CongressId));

        m.CreateTable("report_platform_presence", schema: Schema,
            columns: t => new
            {
                CongressId = t.Column<Guid>(nullable: false),
                DelegateId = t.Column<Guid>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_report_platform_presence", x => new { x.CongressId, x.DelegateId }));
    
        m.CreateTable("report_counters", schema: Schema,
            columns: t => new
            {
                Name = t.Column<string>(nullable: false),
                Value = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_report_counters", x => x.Name));
    }
}
