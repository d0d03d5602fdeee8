using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Biometrics.Infrastructure.Persistence.Migrations;

/// <summary>Enrolment from an archive of photos, in the background with progress (hand-written, provider-neutral).</summary>
[DbContext(typeof(BiometricsDbContext))]
[Migration("20261201000002_EnrolmentBatches")]
internal sealed class EnrolmentBatches : Migration
{
    private const string Schema = BiometricsDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("enrolment_batches", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                FileName = t.Column<string>(nullable: false),
                Status = t.Column<string>(nullable: false),
                Total = t.Column<int>(nullable: false),
                Processed = t.Column<int>(nullable: false),
                Enrolled = t.Column<int>(nullable: false),
                Problems = t.Column<string>(nullable: false),
                Archive = t.Column<byte[]>(nullable: true),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                FinishedAtUtc = t.Column<DateTime>(nullable: true),
                RequestedBy = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_enrolment_batches", x => x.Id));
        m.CreateIndex("IX_enrolment_batches_CongressId_CreatedAtUtc", "enrolment_batches", ["CongressId", "CreatedAtUtc"], schema: Schema);
    }
}
