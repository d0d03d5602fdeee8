using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Agenda.Infrastructure.Persistence.Migrations;

/// <summary>
/// Hand-written and provider-neutral (docs/adr/0004). The host's MigrationsMatchModelTests compare every module's migrations
/// with its model on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(AgendaDbContext))]
[Migration("20261204000001_InitialAgenda")]
internal sealed class InitialAgenda : Migration
{
    private const string Schema = AgendaDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateModuleInfrastructure(Schema);

        m.CreateTable("agenda_sessions", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: 20, nullable: false),
                Title = t.Column<string>(nullable: false),
                Day = t.Column<DateOnly>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_agenda_sessions", x => x.Id));
        m.CreateIndex("IX_agenda_sessions_CongressId_Day_Kind", "agenda_sessions", ["CongressId", "Day", "Kind"], schema: Schema, unique: true);

        m.CreateTable("agenda_items", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                SessionId = t.Column<Guid>(nullable: false),
                Number = t.Column<int>(nullable: false),
                Title = t.Column<string>(nullable: false),
                Kind = t.Column<string>(maxLength: 20, nullable: false),
                PlannedStartUtc = t.Column<DateTime>(nullable: false),
                PlannedMinutes = t.Column<int>(nullable: false),
                Presenter = t.Column<string>(nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                StatusReason = t.Column<string>(nullable: true),
                ActualStartUtc = t.Column<DateTime>(nullable: true),
                ActualEndUtc = t.Column<DateTime>(nullable: true),
                MaxSpeakers = t.Column<int>(nullable: false),
                SecondsPerSpeaker = t.Column<int>(nullable: false),
                PollId = t.Column<Guid>(nullable: true),
                Body = t.Column<string>(maxLength: 20, nullable: false),
                Passed = t.Column<bool>(nullable: true),
                Elected = t.Column<string>(nullable: true),
                DecidedAtUtc = t.Column<DateTime>(nullable: true),
                DecidedByHand = t.Column<bool>(nullable: false),
                Version = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_agenda_items", x => x.Id));
        m.CreateIndex("IX_agenda_items_CongressId_SessionId_Number", "agenda_items", ["CongressId", "SessionId", "Number"], schema: Schema);
        m.CreateIndex("IX_agenda_items_PollId", "agenda_items", "PollId", schema: Schema);

        m.CreateTable("agenda_speakers", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                ItemId = t.Column<Guid>(nullable: false),
                DelegateId = t.Column<Guid>(nullable: false),
                DelegateCode = t.Column<string>(nullable: false),
                DelegateName = t.Column<string>(nullable: false),
                Delegation = t.Column<string>(nullable: false),
                Mode = t.Column<string>(maxLength: 20, nullable: false),
                Text = t.Column<string>(nullable: true),
                Order = t.Column<int>(nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                RequestedAtUtc = t.Column<DateTime>(nullable: false),
                TimerStartedAtUtc = t.Column<DateTime>(nullable: true),
                SpokenSeconds = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_agenda_speakers", x => x.Id));
        m.CreateIndex("IX_agenda_speakers_ItemId_DelegateId_Mode", "agenda_speakers", ["ItemId", "DelegateId", "Mode"], schema: Schema, unique: true);
        m.CreateIndex("IX_agenda_speakers_CongressId_Status", "agenda_speakers", ["CongressId", "Status"], schema: Schema);

        m.CreateTable("agenda_body_members", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Body = t.Column<string>(maxLength: 20, nullable: false),
                ItemId = t.Column<Guid>(nullable: false),
                Position = t.Column<int>(nullable: false),
                Code = t.Column<string>(nullable: false),
                FullName = t.Column<string>(nullable: false),
                DelegateId = t.Column<Guid>(nullable: true),
                ElectedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_agenda_body_members", x => x.Id));
        m.CreateIndex("IX_agenda_body_members_CongressId_Body_Code", "agenda_body_members", ["CongressId", "Body", "Code"], schema: Schema, unique: true);

        m.CreateTable("agenda_settings", schema: Schema,
            columns: t => new
            {
                CongressId = t.Column<Guid>(nullable: false),
                RequirePresenceToSpeak = t.Column<bool>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_agenda_settings", x => x.CongressId));
    }
}
