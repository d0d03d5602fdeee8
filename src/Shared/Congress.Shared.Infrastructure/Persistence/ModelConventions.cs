using System.Linq.Expressions;
using System.Reflection;
using Congress.Shared.Infrastructure.Audit;
using Congress.Shared.Infrastructure.Outbox;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Congress.Shared.Infrastructure.Persistence;

internal static class ModelConventions
{
    /// <summary>
    /// The outbox, inbox and audit tables every module owns. Their names carry the module's schema so that
    /// they stay apart on SQLite, which has no schemas (docs/adr/0004).
    /// </summary>
    public static void ApplyModuleInfrastructure(this ModelBuilder modelBuilder, string schema)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable(ModuleTables.Outbox(schema));
            b.HasKey(m => m.Id);
            b.Property(m => m.Type).IsRequired();
            b.Property(m => m.Payload).IsRequired();
            b.HasIndex(m => new { m.ProcessedAtUtc, m.OccurredAtUtc });
        });
        modelBuilder.Entity<InboxMessage>(b =>
        {
            b.ToTable(ModuleTables.Inbox(schema));
            b.HasKey(m => new { m.MessageId, m.Handler });
        });
        modelBuilder.Entity<AuditEntry>(b =>
        {
            b.ToTable(ModuleTables.Audit(schema));
            b.HasKey(e => e.Sequence);
            b.Property(e => e.Sequence).ValueGeneratedNever();
            b.Property(e => e.Actor).IsRequired();
            b.Property(e => e.Action).IsRequired();
            b.Property(e => e.Payload).IsRequired();
            b.Property(e => e.PreviousHash).IsRequired();
            b.Property(e => e.Hash).IsRequired();
        });
    }

    /// <summary>Typed ids persist as their Guid; every DateTime is UTC in and out.</summary>
    public static void ApplyCongressConventions(this ModelConfigurationBuilder configuration, Assembly moduleAssembly)
    {
        foreach (var idType in moduleAssembly.GetTypes().Where(t => t.IsValueType && typeof(ITypedId).IsAssignableFrom(t)))
            configuration.Properties(idType).HaveConversion(typeof(TypedIdConverter<>).MakeGenericType(idType));
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}

/// <summary>Reads every DateTime back as UTC (SQLite keeps no kind).</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

/// <summary>Maps a typed id (a record struct with a single Guid constructor argument) to its Guid.</summary>
internal sealed class TypedIdConverter<TId>() : ValueConverter<TId, Guid>(id => id.Value, guid => Create(guid))
    where TId : struct, ITypedId
{
    private static readonly Func<Guid, TId> Factory = BuildFactory();

    private static TId Create(Guid value) => Factory(value);

    private static Func<Guid, TId> BuildFactory()
    {
        var constructor = typeof(TId).GetConstructor([typeof(Guid)])
            ?? throw new InvalidOperationException($"{typeof(TId).Name} needs a constructor taking one Guid.");
        var parameter = Expression.Parameter(typeof(Guid));
        return Expression.Lambda<Func<Guid, TId>>(Expression.New(constructor, parameter), parameter).Compile();
    }
}

/// <summary>The names of the tables every module has, shared by the model and the hand-written migrations.</summary>
public static class ModuleTables
{
    public static string Outbox(string schema) => $"{schema}_outbox";
    public static string Inbox(string schema) => $"{schema}_inbox";
    public static string Audit(string schema) => $"{schema}_audit";
    public static string MigrationsHistory(string schema) => $"__{schema}_migrations";
}
