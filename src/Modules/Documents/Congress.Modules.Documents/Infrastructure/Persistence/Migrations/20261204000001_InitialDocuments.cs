using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Documents.Infrastructure.Persistence.Migrations;

/// <summary>Documents, their encrypted versions, named readers, watermarks, integrity alerts, presidium, group copy, section comments. Hand-written, provider-neutral (docs/adr/0004).</summary>
[DbContext(typeof(DocumentsDbContext))]
[Migration("20261204000001_InitialDocuments")]
internal sealed class InitialDocuments : Migration
{
    private const string Schema = DocumentsDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateModuleInfrastructure(Schema);

        m.CreateTable("documents", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Title = t.Column<string>(nullable: false),
                Classification = t.Column<string>(nullable: false),
                Audience = t.Column<string>(nullable: false),
                AudienceGroupId = t.Column<Guid>(nullable: true),
                CurrentVersion = t.Column<int>(nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                UpdatedAtUtc = t.Column<DateTime>(nullable: false),
                CreatedBy = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_documents", x => x.Id));
        m.CreateIndex("IX_documents_CongressId", "documents", "CongressId", schema: Schema);

        m.CreateTable("document_readers", schema: Schema,
            columns: t => new
            {
                DocumentId = t.Column<Guid>(nullable: false),
                DelegateId = t.Column<Guid>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_document_readers", x => new { x.DocumentId, x.DelegateId });
                t.ForeignKey("FK_document_readers_documents_DocumentId", x => x.DocumentId, principalSchema: Schema, principalTable: "documents", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        m.CreateTable("document_versions", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                DocumentId = t.Column<Guid>(nullable: false),
                Number = t.Column<int>(nullable: false),
                FileName = t.Column<string>(nullable: false),
                Format = t.Column<string>(nullable: false),
                SizeBytes = t.Column<long>(nullable: false),
                Sha256 = t.Column<string>(nullable: false),
                WrappedKey = t.Column<string>(nullable: false),
                SealedContent = t.Column<byte[]>(nullable: false),
                SealedText = t.Column<byte[]>(nullable: false),
                HasText = t.Column<bool>(nullable: false),
                PageCount = t.Column<int>(nullable: false),
                ChangeNote = t.Column<string>(nullable: false),
                UploadedAtUtc = t.Column<DateTime>(nullable: false),
                UploadedBy = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_document_versions", x => x.Id));
        m.CreateIndex("IX_document_versions_DocumentId_Number", "document_versions", ["DocumentId", "Number"], schema: Schema, unique: true);

        m.CreateTable("watermarks", schema: Schema,
            columns: t => new
            {
                Code = t.Column<string>(nullable: false),
                DocumentId = t.Column<Guid>(nullable: false),
                VersionId = t.Column<Guid>(nullable: false),
                VersionNumber = t.Column<int>(nullable: false),
                Recipient = t.Column<string>(nullable: false),
                RecipientUserId = t.Column<Guid>(nullable: true),
                RecipientDelegateId = t.Column<Guid>(nullable: true),
                Purpose = t.Column<string>(nullable: false),
                IssuedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_watermarks", x => x.Code));
        m.CreateIndex("IX_watermarks_DocumentId", "watermarks", "DocumentId", schema: Schema);

        m.CreateTable("integrity_alerts", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                DocumentId = t.Column<Guid>(nullable: false),
                VersionId = t.Column<Guid>(nullable: false),
                Caller = t.Column<string>(nullable: false),
                DetectedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_integrity_alerts", x => x.Id));

        m.CreateTable("presidium_members", schema: Schema,
            columns: t => new
            {
                CongressId = t.Column<Guid>(nullable: false),
                DelegateId = t.Column<Guid>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_presidium_members", x => new { x.CongressId, x.DelegateId }));

        m.CreateTable("group_memberships", schema: Schema,
            columns: t => new
            {
                DelegateId = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                GroupId = t.Column<Guid>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_group_memberships", x => x.DelegateId));
        m.CreateIndex("IX_group_memberships_CongressId_GroupId", "group_memberships", ["CongressId", "GroupId"], schema: Schema);

        m.CreateTable("section_comments", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                DocumentId = t.Column<Guid>(nullable: false),
                VersionNumber = t.Column<int>(nullable: false),
                SectionIndex = t.Column<int>(nullable: false),
                SectionExcerpt = t.Column<string>(nullable: false),
                Author = t.Column<string>(nullable: false),
                AuthorDelegateId = t.Column<Guid>(nullable: true),
                Text = t.Column<string>(nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                Answer = t.Column<string>(nullable: true),
                AnsweredBy = t.Column<string>(nullable: true),
                AnsweredAtUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_section_comments", x => x.Id));
        m.CreateIndex("IX_section_comments_DocumentId_VersionNumber_SectionIndex", "section_comments", ["DocumentId", "VersionNumber", "SectionIndex"], schema: Schema);
    }
}
