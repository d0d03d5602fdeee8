using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Reporting.Infrastructure.Persistence.Migrations;

/// <summary>Difficulties reported to the province and the centre, with their threads. Hand-written and provider-neutral (docs/adr/0004).</summary>
[DbContext(typeof(ReportingDbContext))]
[Migration("20261205000001_Difficulties")]
internal sealed class Difficulties : Migration
{
    private const string Schema = ReportingDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("report_difficulties", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                OrganisationId = t.Column<Guid>(nullable: false),
                OrganisationPath = t.Column<string>(nullable: false),
                ProvinceId = t.Column<Guid>(nullable: true),
                HandlerDepth = t.Column<int>(nullable: false),
                ReporterUserId = t.Column<Guid>(nullable: true),
                ReporterName = t.Column<string>(nullable: false),
                Category = t.Column<string>(maxLength: 20, nullable: false),
                Title = t.Column<string>(maxLength: 200, nullable: false),
                Description = t.Column<string>(nullable: false),
                Status = t.Column<string>(maxLength: 30, nullable: false),
                Escalated = t.Column<bool>(nullable: false),
                Version = t.Column<int>(nullable: false),
                ReportedAtUtc = t.Column<DateTime>(nullable: false),
                UpdatedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_report_difficulties", x => x.Id));
        m.CreateIndex("IX_report_difficulties_OrganisationId", "report_difficulties", "OrganisationId", schema: Schema);
        m.CreateIndex("IX_report_difficulties_OrganisationPath", "report_difficulties", "OrganisationPath", schema: Schema);
        m.CreateIndex("IX_report_difficulties_ProvinceId_Status", "report_difficulties", ["ProvinceId", "Status"], schema: Schema);
        m.CreateIndex("IX_report_difficulties_Escalated_Status", "report_difficulties", ["Escalated", "Status"], schema: Schema);

        m.CreateTable("report_difficulty_entries", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                DifficultyId = t.Column<Guid>(nullable: false),
                Sequence = t.Column<int>(nullable: false),
                Kind = t.Column<string>(maxLength: 20, nullable: false),
                Tier = t.Column<string>(maxLength: 20, nullable: false),
                Text = t.Column<string>(nullable: false),
                AuthorUserId = t.Column<Guid>(nullable: true),
                AuthorName = t.Column<string>(nullable: false),
                AuthorRole = t.Column<string>(nullable: false),
                AuthorOrganisationId = t.Column<Guid>(nullable: true),
                AuthorOrganisationName = t.Column<string>(nullable: true),
                AtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_report_difficulty_entries", x => x.Id);
                t.ForeignKey("FK_report_difficulty_entries_report_difficulties_DifficultyId", x => x.DifficultyId, "report_difficulties", "Id",
                    principalSchema: Schema, onDelete: ReferentialAction.Cascade);
            });
        m.CreateIndex("IX_report_difficulty_entries_DifficultyId_Sequence", "report_difficulty_entries", ["DifficultyId", "Sequence"], schema: Schema, unique: true);
    }
}
