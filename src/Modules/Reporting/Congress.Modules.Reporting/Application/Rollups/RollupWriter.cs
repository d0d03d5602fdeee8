using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text;
using Congress.Modules.Reporting.Domain.Rollups;
using Congress.Modules.Reporting.Domain.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Application.Rollups;

/// <summary>
/// Keeps the roll-ups current incrementally: a report's change adds the difference of its contribution to the roll-up
/// row of every organisation above it — one UPDATE … SET x = x + Δ over the ancestors, in the change's own transaction,
/// so a roll-up is never recomputed on reading and never stale after a commit. Relative updates let concurrent changes
/// below one ancestor add up without lost updates.
/// </summary>
internal sealed class RollupWriter(ReportingDbContext db)
{
    public async Task ApplyAsync(ReportingOrganisation organisation, RollupContribution before, RollupContribution after, CancellationToken cancellationToken)
    {
        var d = after - before;
        if (d.IsZero) return;
        var ancestors = organisation.AncestorIds.ToList();
        if (ancestors.Count == 0) return;
        await AddAsync(ancestors, 0, d, cancellationToken);
    }

    /// <summary>Adds <paramref name="expected"/> more expected congresses and the contribution <paramref name="d"/> to these organisations' roll-ups (a bulk load's ancestors above the batch).</summary>
    public async Task AddAsync(IReadOnlyList<Guid> organisationIds, int expected, RollupContribution d, CancellationToken cancellationToken)
    {
        if (d.IsZero && expected == 0) return;
        var ids = organisationIds.ToList();
        await db.Rollups.Where(r => ids.Contains(r.OrganisationId)).ExecuteUpdateAsync(s =>
        {
            if (expected != 0) s.SetProperty(r => r.Expected, r => r.Expected + expected);
            if (d.Started != 0) s.SetProperty(r => r.Started, r => r.Started + d.Started);
            if (d.DocumentsDrafted != 0) s.SetProperty(r => r.DocumentsDrafted, r => r.DocumentsDrafted + d.DocumentsDrafted);
            if (d.PersonnelPlanApproved != 0) s.SetProperty(r => r.PersonnelPlanApproved, r => r.PersonnelPlanApproved + d.PersonnelPlanApproved);
            if (d.PreparatorySession != 0) s.SetProperty(r => r.PreparatorySession, r => r.PreparatorySession + d.PreparatorySession);
            if (d.CongressHeld != 0) s.SetProperty(r => r.CongressHeld, r => r.CongressHeld + d.CongressHeld);
            if (d.ResultsApproved != 0) s.SetProperty(r => r.ResultsApproved, r => r.ResultsApproved + d.ResultsApproved);
            if (d.Reported != 0) s.SetProperty(r => r.Reported, r => r.Reported + d.Reported);
            if (d.OnTime != 0) s.SetProperty(r => r.OnTime, r => r.OnTime + d.OnTime);
            if (d.Late != 0) s.SetProperty(r => r.Late, r => r.Late + d.Late);
            if (d.DelegatesSummoned != 0) s.SetProperty(r => r.DelegatesSummoned, r => r.DelegatesSummoned + d.DelegatesSummoned);
            if (d.DelegatesPresent != 0) s.SetProperty(r => r.DelegatesPresent, r => r.DelegatesPresent + d.DelegatesPresent);
            if (d.CommitteeSeats != 0) s.SetProperty(r => r.CommitteeSeats, r => r.CommitteeSeats + d.CommitteeSeats);
            if (d.CommitteeElected != 0) s.SetProperty(r => r.CommitteeElected, r => r.CommitteeElected + d.CommitteeElected);
            if (d.HigherDelegatesElected != 0) s.SetProperty(r => r.HigherDelegatesElected, r => r.HigherDelegatesElected + d.HigherDelegatesElected);
            // The committees' structure: the same relative update, one column per count that moved.
            var structure = d.Structure.ToArray();
            for (var i = 0; i < structure.Length; i++)
                if (structure[i] != 0) s.SetProperty(CommitteeStructure.Columns[i], PlusDelta(CommitteeStructure.Columns[i], structure[i]));
        }, cancellationToken);
    }

    /// <summary>
    /// Adds a different contribution to each of these organisations' roll-ups in ONE statement
    /// (<c>UPDATE … SET x = x + v.dx FROM (VALUES (id, dx, …), …) AS v WHERE id = v.id</c>, PostgreSQL and SQLite ≥ 3.33
    /// alike): a batch of updates spread over the country moves ~100 ancestors, which one statement each made ~100 round
    /// trips inside the writer's transaction. Still relative, so concurrent writers (other hosts) add up.
    /// </summary>
    public async Task AddEachAsync(IReadOnlyDictionary<Guid, RollupContribution> deltas, CancellationToken cancellationToken)
    {
        var moved = deltas.Where(d => !d.Value.IsZero).OrderBy(d => d.Key).ToList();
        for (var start = 0; start < moved.Count; start += MaxRowsPerStatement)
        {
            var chunk = moved.Skip(start).Take(MaxRowsPerStatement).ToList();
            var sql = new StringBuilder();
            sql.Append("UPDATE ").Append(Table).Append(" AS r SET ");
            for (var c = 0; c < DeltaColumns.Length; c++)
                sql.Append(c == 0 ? "" : ", ").Append('"').Append(DeltaColumns[c]).Append("\" = r.\"").Append(DeltaColumns[c]).Append("\" + v.column").Append(c + 2);
            sql.Append(" FROM (VALUES ");
            var parameters = new object[chunk.Count];
            for (var i = 0; i < chunk.Count; i++)
            {
                parameters[i] = chunk[i].Key;
                sql.Append(i == 0 ? "(" : ", (").Append('{').Append(i).Append('}');
                foreach (var value in Values(chunk[i].Value)) sql.Append(", ").Append(value.ToString(CultureInfo.InvariantCulture));
                sql.Append(')');
            }
            sql.Append(") AS v WHERE r.\"OrganisationId\" = v.column1");
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }
    }

    private const int MaxRowsPerStatement = 500;

    /// <summary>The roll-up columns a contribution moves, in the order of <see cref="Values"/>.</summary>
    private static readonly string[] DeltaColumns =
    [
        nameof(Rollup.Started), nameof(Rollup.DocumentsDrafted), nameof(Rollup.PersonnelPlanApproved), nameof(Rollup.PreparatorySession),
        nameof(Rollup.CongressHeld), nameof(Rollup.ResultsApproved), nameof(Rollup.Reported), nameof(Rollup.OnTime), nameof(Rollup.Late),
        nameof(Rollup.DelegatesSummoned), nameof(Rollup.DelegatesPresent), nameof(Rollup.CommitteeSeats), nameof(Rollup.CommitteeElected),
        nameof(Rollup.HigherDelegatesElected),
        .. CommitteeStructure.Columns.Select(c => ((MemberExpression)c.Body).Member.Name),
    ];

    private static IEnumerable<long> Values(RollupContribution d) =>
    [
        d.Started, d.DocumentsDrafted, d.PersonnelPlanApproved, d.PreparatorySession, d.CongressHeld, d.ResultsApproved, d.Reported, d.OnTime, d.Late,
        d.DelegatesSummoned, d.DelegatesPresent, d.CommitteeSeats, d.CommitteeElected, d.HigherDelegatesElected,
        .. d.Structure.ToArray().Select(v => (long)v),
    ];

    private string Table
    {
        get
        {
            var entity = db.Model.FindEntityType(typeof(Rollup))!;
            var (schema, table) = (entity.GetSchema(), entity.GetTableName()!);
            return db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite" || schema is null ? $"\"{table}\"" : $"\"{schema}\".\"{table}\"";
        }
    }

    /// <summary><c>r => r.Column + delta</c>, the delta a query parameter (read from a captured box, as a closure's variable is).</summary>
    private static Expression<Func<Rollup, int>> PlusDelta(Expression<Func<Rollup, int>> column, int delta)
    {
        var box = new StrongBox<int>(delta);
        var value = Expression.Field(Expression.Constant(box), nameof(StrongBox<int>.Value));
        return Expression.Lambda<Func<Rollup, int>>(Expression.Add(column.Body, value), column.Parameters);
    }
}
