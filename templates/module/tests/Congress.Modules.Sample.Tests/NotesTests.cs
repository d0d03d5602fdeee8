using Congress.Modules.Sample.Application.Notes.AddNote;
using Congress.Modules.Sample.Application.Notes.ListNotes;
using Congress.Modules.Sample.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Congress.Testing;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Sample.Tests;

/// <summary>The module's use cases on a real migrated database with the demo congress; run on SQLite and PostgreSQL.</summary>
public abstract class NotesTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private async Task<Guid> DemoCongressAsync() =>
        (await factory.AsCallerAsync(Roles.Secretariat, "NB", s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;

    [Fact]
    public async Task A_note_added_by_the_secretariat_is_listed_with_its_outbox_event()
    {
        var congressId = await DemoCongressAsync();

        var added = await factory.SendAsync(Roles.Secretariat, "NB", new AddNoteCommand(congressId, "Kiểm tra âm thanh hội trường"));
        var listed = await factory.SendAsync(Roles.Secretariat, "NB", new ListNotesQuery(congressId));

        added.IsSuccess.Should().BeTrue();
        listed.Value.Should().ContainSingle(n => n.Id == added.Value && n.Text == "Kiểm tra âm thanh hội trường");
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<SampleDbContext>().OutboxMessages.CountAsync()).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_commune_cannot_see_or_add_to_the_province_congress()
    {
        var congressId = await DemoCongressAsync();

        var added = await factory.SendAsync(Roles.Secretariat, "NB-X01", new AddNoteCommand(congressId, "Không được phép"));

        added.Error!.Kind.Should().Be(ErrorKind.NotFound);
    }
}

public sealed class NotesSqliteTests(CongressFactory factory) : NotesTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class NotesPostgresTests(PostgresCongressFactory factory) : NotesTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
