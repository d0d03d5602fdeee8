using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Delegates.Infrastructure.Persistence.Migrations;

/// <summary>Hand-written, provider-neutral (docs/adr/0004). MigrationsMatchModelTests checks it against the model.</summary>
[DbContext(typeof(DelegatesDbContext))]
[Migration("20261122000001_InitialDelegates")]
internal sealed class InitialDelegates : Migration
{
    private const string Schema = DelegatesDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateModuleInfrastructure(Schema);

        m.CreateTable("organisations", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ParentId = t.Column<Guid>(nullable: true),
                Name = t.Column<string>(nullable: false),
                Code = t.Column<string>(nullable: false),
                Level = t.Column<int>(nullable: false),
                MemberCount = t.Column<int>(nullable: false),
                Path = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_organisations", x => x.Id));
        m.CreateIndex("IX_organisations_Code", "organisations", "Code", schema: Schema, unique: true);
        m.CreateIndex("IX_organisations_Path", "organisations", "Path", schema: Schema);

        m.CreateTable("congresses", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                OrganisationId = t.Column<Guid>(nullable: false),
                OrganisationPath = t.Column<string>(nullable: false),
                Name = t.Column<string>(nullable: false),
                TermStartYear = t.Column<int>(nullable: false),
                TermEndYear = t.Column<int>(nullable: false),
                StartsOn = t.Column<DateOnly>(nullable: false),
                EndsOn = t.Column<DateOnly>(nullable: false),
                Status = t.Column<int>(nullable: false),
                DelegateQuota = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_congresses", x => x.Id));
        m.CreateIndex("IX_congresses_OrganisationPath", "congresses", "OrganisationPath", schema: Schema);

        m.CreateTable("discussion_groups", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Number = t.Column<int>(nullable: false),
                Name = t.Column<string>(nullable: false),
                Location = t.Column<string>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_discussion_groups", x => x.Id);
                t.ForeignKey("FK_discussion_groups_congresses_CongressId", x => x.CongressId, principalSchema: Schema, principalTable: "congresses", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_discussion_groups_CongressId_Number", "discussion_groups", ["CongressId", "Number"], schema: Schema, unique: true);

        m.CreateTable("delegates", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Code = t.Column<string>(nullable: false),
                FullName = t.Column<string>(nullable: false),
                SearchName = t.Column<string>(nullable: false),
                Kind = t.Column<int>(nullable: false),
                DateOfBirth = t.Column<DateOnly>(nullable: false),
                Gender = t.Column<int>(nullable: false),
                Ethnicity = t.Column<string>(nullable: false),
                PartyJoinedOn = t.Column<DateOnly>(nullable: true),
                Education = t.Column<string>(nullable: true),
                PoliticalTheory = t.Column<string>(nullable: true),
                Position = t.Column<string>(nullable: true),
                Unit = t.Column<string>(nullable: true),
                RepresentedOrganisationId = t.Column<Guid>(nullable: false),
                RepresentedMembers = t.Column<int>(nullable: false),
                Delegation = t.Column<string>(nullable: false),
                DiscussionGroupId = t.Column<Guid>(nullable: true),
                Seat = t.Column<string>(nullable: true),
                CredentialsStatus = t.Column<int>(nullable: false),
                CredentialsReason = t.Column<string>(nullable: true),
                CredentialsReviewedAtUtc = t.Column<DateTime>(nullable: true),
                CredentialsReviewedBy = t.Column<string>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_delegates", x => x.Id);
                t.ForeignKey("FK_delegates_congresses_CongressId", x => x.CongressId, principalSchema: Schema, principalTable: "congresses", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_delegates_CongressId_Code", "delegates", ["CongressId", "Code"], schema: Schema, unique: true);
        m.CreateIndex("IX_delegates_CongressId_SearchName", "delegates", ["CongressId", "SearchName"], schema: Schema);

        m.CreateTable("delegate_imports", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                FileName = t.Column<string>(nullable: false),
                Content = t.Column<string>(nullable: false),
                Status = t.Column<int>(nullable: false),
                TotalRows = t.Column<int>(nullable: false),
                ErrorCount = t.Column<int>(nullable: false),
                ErrorsJson = t.Column<string>(nullable: false),
                ProcessedRows = t.Column<int>(nullable: false),
                Failure = t.Column<string>(nullable: true),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                CreatedBy = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_delegate_imports", x => x.Id));
    }
}
