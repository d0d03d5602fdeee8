using System.Data.Common;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Testing;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Host.Tests;

/// <summary>
/// Schema and model agree (docs/adr/0017): after the hand-written, provider-neutral migrations ran, every table the
/// model maps has exactly the model's columns with the model's nullability, its primary key, and exactly the model's
/// indexes (columns in order, unique or not) — on SQLite and on a real PostgreSQL. This is the drift a model
/// snapshot per provider would catch.
/// </summary>
public abstract class MigrationsMatchModelTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    [Fact]
    public async Task Every_table_has_the_model_columns_nullability_keys_and_indexes_after_migration()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var problems = new List<string>();
        int columns = 0, indexes = 0, nonNullable = 0, unique = 0;
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var model = context.GetService<IDesignTimeModel>().Model.GetRelationalModel();
            foreach (var table in model.Tables)
            {
                var schema = await SchemaOf.ReadAsync(context, table.Schema, table.Name);
                var name = $"{module.Schema}: {table.Name}";
                if (schema.Columns.Count == 0) { problems.Add($"{name}: table missing"); continue; }

                foreach (var column in table.Columns)
                {
                    columns++;
                    if (!column.IsNullable) nonNullable++;
                    if (!schema.Columns.TryGetValue(column.Name, out var nullable)) problems.Add($"{name}.{column.Name}: column missing");
                    else if (nullable != column.IsNullable)
                        problems.Add($"{name}.{column.Name}: {(nullable ? "NULL" : "NOT NULL")} in the database, {(column.IsNullable ? "NULL" : "NOT NULL")} in the model");
                }
                foreach (var extra in schema.Columns.Keys.Except(table.Columns.Select(c => c.Name)))
                    problems.Add($"{name}.{extra}: column in the database, not in the model");

                var primaryKey = table.PrimaryKey?.Columns.Select(c => c.Name).ToList() ?? [];
                if (!primaryKey.SequenceEqual(schema.PrimaryKey))
                    problems.Add($"{name}: primary key ({string.Join(", ", schema.PrimaryKey)}) in the database, ({string.Join(", ", primaryKey)}) in the model");

                var expected = table.Indexes.Select(i => Index.Of(i.Columns.Select(c => c.Name), i.IsUnique))
                    .Concat(table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey()).Select(u => Index.Of(u.Columns.Select(c => c.Name), true)))
                    .ToList();
                indexes += expected.Count;
                unique += expected.Count(i => i.Unique);
                foreach (var index in expected.Except(schema.Indexes)) problems.Add($"{name}: index {index} in the model, not in the database");
                foreach (var index in schema.Indexes.Except(expected)) problems.Add($"{name}: index {index} in the database, not in the model");
            }
        }

        problems.Should().BeEmpty();
        columns.Should().BeGreaterThan(50, "every module's columns were compared");
        nonNullable.Should().BeGreaterThan(20);
        indexes.Should().BeGreaterThan(10, "every module's indexes were compared");
        unique.Should().BeGreaterThan(3);
    }

    private sealed record Index(string Columns, bool Unique)
    {
        public static Index Of(IEnumerable<string> columns, bool unique) => new(string.Join(", ", columns), unique);
        public override string ToString() => $"{(Unique ? "UNIQUE " : "")}({Columns})";
    }

    /// <summary>What the migrated database holds for one table, read from its catalogue.</summary>
    private sealed record SchemaOf(Dictionary<string, bool> Columns, List<string> PrimaryKey, List<Index> Indexes)
    {
        public static async Task<SchemaOf> ReadAsync(DbContext context, string? schema, string table)
        {
            var connection = context.Database.GetDbConnection();
            if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
            var sqlite = context.Database.IsSqlite();

            var columns = new Dictionary<string, bool>();
            var primaryKey = new List<(int Position, string Name)>();
            var columnSql = sqlite
                ? $"SELECT name, \"notnull\" = 0, pk FROM pragma_table_info('{table}')"
                : $"""
                   SELECT c.column_name, c.is_nullable = 'YES',
                          COALESCE((SELECT k.ordinal_position FROM information_schema.table_constraints t
                                    JOIN information_schema.key_column_usage k ON k.constraint_name = t.constraint_name AND k.table_schema = t.table_schema
                                    WHERE t.constraint_type = 'PRIMARY KEY' AND t.table_schema = c.table_schema AND t.table_name = c.table_name
                                      AND k.column_name = c.column_name), 0)
                   FROM information_schema.columns c WHERE c.table_schema = '{schema}' AND c.table_name = '{table}'
                   """;
            await foreach (var row in RowsAsync(connection, columnSql))
            {
                columns[(string)row[0]] = Convert.ToBoolean(row[1]);
                var position = Convert.ToInt32(row[2]);
                if (position > 0) primaryKey.Add((position, (string)row[0]));
            }

            var indexes = new List<Index>();
            var indexSql = sqlite
                ? $"""
                   SELECT l.name, l."unique", group_concat(i.name, ', ')
                   FROM pragma_index_list('{table}') l, pragma_index_info(l.name) i
                   WHERE l.origin <> 'pk' GROUP BY l.name, l."unique" ORDER BY l.name
                   """
                : $"""
                   SELECT ic.relname, ix.indisunique, string_agg(a.attname, ', ' ORDER BY k.ord)
                   FROM pg_index ix
                   JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                   JOIN pg_class ic ON ic.oid = ix.indexrelid
                   CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                   WHERE n.nspname = '{schema}' AND t.relname = '{table}' AND NOT ix.indisprimary
                   GROUP BY ic.relname, ix.indisunique
                   """;
            await foreach (var row in RowsAsync(connection, indexSql))
                indexes.Add(new Index((string)row[2], Convert.ToBoolean(row[1])));

            return new SchemaOf(columns, primaryKey.OrderBy(k => k.Position).Select(k => k.Name).ToList(), indexes);
        }

        private static async IAsyncEnumerable<object[]> RowsAsync(DbConnection connection, string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                yield return values;
            }
        }
    }
}

public sealed class SqliteMigrationsMatchModelTests(CongressFactory factory) : MigrationsMatchModelTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

public sealed class PostgresMigrationsMatchModelTests(PostgresCongressFactory factory) : MigrationsMatchModelTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
