using System.Diagnostics;
using System.Text;
using Congress.Modules.Delegates.Application.Congresses.ScheduleCongress;
using Congress.Modules.Delegates.Application.Imports.CommitDelegateImport;
using Congress.Modules.Delegates.Application.Imports.PreviewDelegateImport;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Bench;

/// <summary>
/// Importing 2,000 delegates from CSV end to end (decode, parse, check every row against the congress, write all rows
/// with their outbox events and audit entry in one transaction), against a raw bulk insert of the same rows
/// (one prepared INSERT per row in one transaction, no checks) measured in the same run, on the same database.
/// </summary>
internal static class ImportBench
{
    public static async Task RunAsync(string connectionString, int rows, int repetitions)
    {
        var app = Congress.Host.Composition.CongressApp.Build(["migrate", $"--Database:ConnectionString={connectionString}", "--Logging:LogLevel:Default=Warning"]);
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(default);
        foreach (var seeder in app.Services.GetServices<IDemoSeeder>()) await seeder.SeedAsync(TextWriter.Null, default);

        var provider = new DatabaseOptions { ConnectionString = connectionString }.Provider;
        Console.WriteLine($"Import of {rows:N0} delegates from CSV on {provider}, {repetitions} runs each (median):");
        var importTimes = new List<double>();
        var rawTimes = new List<double>();
        var previewTimes = new List<double>();
        for (var run = 0; run < repetitions + 1; run++) // the first run warms up and is not counted
        {
            var congressId = await NewCongressAsync(app, run);
            var csv = Csv(rows, run);
            var started = Stopwatch.GetTimestamp();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
                var preview = await mediator.Send(new PreviewDelegateImportCommand(congressId, "bench.csv", csv));
                if (!preview.Value.CanCommit) throw new InvalidOperationException(preview.Value.Errors[0].Message);
                previewTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                var committed = await mediator.Send(new CommitDelegateImportCommand(preview.Value.Id, Inline: true));
                if (committed.IsFailure) throw new InvalidOperationException(committed.Error!.Message);
            }
            var import = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var raw = await RawInsertAsync(app, await NewCongressAsync(app, 1000 + run), rows);
            if (run == 0) { previewTimes.Clear(); continue; }
            importTimes.Add(import);
            rawTimes.Add(raw);
        }
        var importMedian = Median(importTimes);
        var rawMedian = Median(rawTimes);
        Console.WriteLine($"  end to end (parse, validate, write):  {importMedian,8:F0} ms   {rows / importMedian * 1000,8:F0} rows/s");
        Console.WriteLine($"    of which preview (decode, parse, check): {Median(previewTimes),5:F0} ms");
        Console.WriteLine($"  raw bulk insert of the same rows:     {rawMedian,8:F0} ms   {rows / rawMedian * 1000,8:F0} rows/s");
        Console.WriteLine($"  ratio end to end / raw insert:        {importMedian / rawMedian,8:F2}");
        Console.WriteLine($"  goal: {rows:N0} rows in under 2,000 ms on 2 cores -> {(importMedian < 2000 ? "met" : "NOT met")}");
    }

    private static async Task<Guid> NewCongressAsync(WebApplication app, int run)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var province = await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync("NB", default);
        var created = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
            new ScheduleCongressCommand(province!.Value, $"Đại hội đo hiệu năng {run}", 2025, 2030, new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 3), 5000));
        return created.Value.Id;
    }

    private static byte[] Csv(int rows, int run)
    {
        var text = new StringBuilder("code,full_name,kind,date_of_birth,gender,ethnicity,party_joined_on,education,political_theory,position,unit,organisation_code,represented_members,delegation,seat\n");
        for (var i = 1; i <= rows; i++)
            text.Append($"B{run}-{i:0000},Nguyễn Văn Đo {i},Chính thức,{1 + i % 28:00}/{1 + i % 12:00}/{1950 + i % 30},{(i % 3 == 0 ? "Nữ" : "Nam")},Kinh,01/05/2000,Cử nhân,Cao cấp,Bí thư,Xã,NB-X{1 + i % 26:00},{100 + i % 50},Đoàn NB-X{1 + i % 26:00},\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The floor: the same number of delegate rows inserted with one prepared statement in one transaction.</summary>
    private static async Task<double> RawInsertAsync(WebApplication app, Guid congressId, int rows)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(
            scope.ServiceProvider.GetServices<ModuleDatabase>().Single(m => m.Schema == "delegates").ContextType);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var table = context.Database.IsSqlite() ? "delegates" : "delegates.delegates";
        var organisation = await scope.ServiceProvider.GetRequiredService<IOrganisationDirectory>().FindByCodeAsync("NB-X01", default);
        var started = Stopwatch.GetTimestamp();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} (\"Id\",\"CongressId\",\"Code\",\"FullName\",\"SearchName\",\"Kind\",\"DateOfBirth\",\"Gender\",\"Ethnicity\",\"RepresentedOrganisationId\",\"RepresentedMembers\",\"Delegation\",\"CredentialsStatus\") " +
                              "VALUES (@id,@congress,@code,@name,@search,0,@born,0,'Kinh',@organisation,100,'Đoàn',0)";
        var parameters = new[] { "@id", "@congress", "@code", "@name", "@search", "@born", "@organisation" }.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        for (var i = 1; i <= rows; i++)
        {
            parameters[0].Value = Guid.NewGuid();
            parameters[1].Value = congressId;
            parameters[2].Value = $"R-{i:0000}";
            parameters[3].Value = $"Nguyễn Văn Đo {i}";
            parameters[4].Value = $"nguyen van do {i}";
            parameters[5].Value = new DateOnly(1960 + i % 35, 1 + i % 12, 1 + i % 28);
            parameters[6].Value = organisation!.Value;
            if (i == 1) await command.PrepareAsync(); // PostgreSQL infers the parameter types from the first values
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
