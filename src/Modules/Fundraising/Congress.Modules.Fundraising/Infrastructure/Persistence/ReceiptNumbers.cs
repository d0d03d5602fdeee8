using System.Data.Common;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Congress.Modules.Fundraising.Infrastructure.Persistence;

/// <summary>
/// Gap-free receipt numbers per campaign and year: a counter row incremented inside the receipt's own transaction. The
/// UPDATE holds the row until commit (PostgreSQL's row lock; SQLite's single writer), so concurrent receipts queue for
/// the next number, and a receipt that rolls back returns its number with it: no gap, no duplicate. The unique index on
/// (campaign, year, number) is the fence behind it.
/// </summary>
internal static class ReceiptNumbers
{
    public static async Task<int> NextAsync(FundraisingDbContext db, CampaignId campaignId, int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("A receipt number is taken inside the receipt's transaction.");
        var postgres = db.Database.IsNpgsql();
        var table = postgres ? "fundraising.receipt_counters" : "receipt_counters";
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction.GetDbTransaction();
        object campaign = postgres ? campaignId.Value : campaignId.Value.ToString().ToUpperInvariant(); // EF's SQLite Guid text form

        await using (var insert = Command(connection, transaction, $"""INSERT INTO {table} ("CampaignId", "Year", "Last") VALUES (@campaign, @year, 0) ON CONFLICT ("CampaignId", "Year") DO NOTHING""", campaign, year))
            await insert.ExecuteNonQueryAsync(cancellationToken);
        await using var next = Command(connection, transaction, $"""UPDATE {table} SET "Last" = "Last" + 1 WHERE "CampaignId" = @campaign AND "Year" = @year RETURNING "Last" """, campaign, year);
        return Convert.ToInt32(await next.ExecuteScalarAsync(cancellationToken));
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, object campaign, int year)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var c = command.CreateParameter(); c.ParameterName = "@campaign"; c.Value = campaign; command.Parameters.Add(c);
        var y = command.CreateParameter(); y.ParameterName = "@year"; y.Value = year; command.Parameters.Add(y);
        return command;
    }
}
