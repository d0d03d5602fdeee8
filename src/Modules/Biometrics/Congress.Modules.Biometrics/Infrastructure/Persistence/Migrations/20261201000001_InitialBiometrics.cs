using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Biometrics.Infrastructure.Persistence.Migrations;

/// <summary>Hand-written and provider-neutral (docs/adr/0004): templates (encrypted), recognition attempts, the wrapped key.</summary>
[DbContext(typeof(BiometricsDbContext))]
[Migration("20261201000001_InitialBiometrics")]
internal sealed class InitialBiometrics : Migration
{
    private const string Schema = BiometricsDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateModuleInfrastructure(Schema);

        m.CreateTable("face_templates", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                DelegateId = t.Column<Guid>(nullable: false),
                SealedEmbedding = t.Column<byte[]>(nullable: false),
                Dimension = t.Column<int>(nullable: false),
                Model = t.Column<string>(nullable: false),
                FaceSize = t.Column<int>(nullable: false),
                DetectionScore = t.Column<float>(nullable: false),
                SpoofScore = t.Column<float>(nullable: true),
                EnrolledAtUtc = t.Column<DateTime>(nullable: false),
                EnrolledBy = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_face_templates", x => x.Id));
        m.CreateIndex("IX_face_templates_CongressId_DelegateId", "face_templates", ["CongressId", "DelegateId"], schema: Schema, unique: true);

        m.CreateTable("recognition_attempts", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                AtUtc = t.Column<DateTime>(nullable: false),
                Outcome = t.Column<string>(nullable: false),
                DelegateId = t.Column<Guid>(nullable: true),
                Similarity = t.Column<float>(nullable: false),
                SpoofScore = t.Column<float>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_recognition_attempts", x => x.Id));
        m.CreateIndex("IX_recognition_attempts_CongressId_AtUtc", "recognition_attempts", ["CongressId", "AtUtc"], schema: Schema);

        m.CreateTable("template_keys", schema: Schema,
            columns: t => new { Id = t.Column<int>(nullable: false), Wrapped = t.Column<string>(nullable: false) },
            constraints: t => t.PrimaryKey("PK_template_keys", x => x.Id));
    }
}
