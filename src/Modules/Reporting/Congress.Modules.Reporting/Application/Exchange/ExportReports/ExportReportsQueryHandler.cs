using System.Text;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;
using static Congress.Modules.Reporting.Application.Exchange.ReportCsv;

namespace Congress.Modules.Reporting.Application.Exchange.ExportReports;

internal sealed class ExportReportsQueryHandler(ReportingDbContext db, OrganisationTree tree) : IRequestHandler<ExportReportsQuery, Result<string>>
{
    public async Task<Result<string>> Handle(ExportReportsQuery query, CancellationToken cancellationToken)
    {
        if (await tree.FindAsync(query.OrganisationId, cancellationToken) is not { } root) return ProgressReports.UnknownOrganisation;
        var rows = await (
            from o in db.Organisations.AsNoTracking()
            where o.Path.StartsWith(root.Path)
            join r in db.Reports.AsNoTracking() on o.Id equals r.OrganisationId into reports
            from r in reports.DefaultIfEmpty()
            orderby o.Path
            select new { o, r }).ToListAsync(cancellationToken);
        // The committees with their members' attributes, read in one query (the committee body only).
        var committees = (await (
            from p in db.ElectedPeople.AsNoTracking()
            join r in db.Reports.AsNoTracking() on p.ReportId equals r.Id
            join o in db.Organisations.AsNoTracking() on r.OrganisationId equals o.Id
            where o.Path.StartsWith(root.Path) && p.Body == Domain.Progress.ElectedBodies.Committee
            select new { r.OrganisationId, Person = p }).ToListAsync(cancellationToken))
            .GroupBy(x => x.OrganisationId).ToDictionary(g => g.Key, g => Committee(g.Select(x => x.Person).OrderBy(p => p.Order).Select(p => p.AsEntry())));
        var csv = new StringBuilder().AppendJoin(',', ExportColumns).Append('\n');
        foreach (var (o, r) in rows.Select(x => (x.o, x.r)))
        {
            string?[] fields =
            [
                o.Code, (r?.Version ?? 0).ToString(), Date(r?.PlannedCongressOn), Date(r?.DocumentsDraftedOn), Date(r?.PersonnelPlanApprovedOn),
                Date(r?.PreparatorySessionOn), Date(r?.CongressHeldOn), Date(r?.ResultsApprovedOn), r?.DelegatesSummoned?.ToString(),
                r?.DelegatesPresent?.ToString(), r?.CommitteeSeats?.ToString(), r?.CommitteeElected?.ToString(), r?.SecretaryName,
                r?.HigherDelegateSeats?.ToString(), r?.HigherDelegatesElected?.ToString(), committees.GetValueOrDefault(o.Id), o.Name, o.Level, (r?.Stage ?? Domain.Progress.Stage.None).ToString(),
                r?.IsReported == true ? "1" : "0", r?.IsReported == true ? (r.ReportedOnTime ? "1" : "0") : "", r?.DelegatesSummonedSource, r?.DelegatesPresentSource,
                Date(o.DueOn),
            ];
            csv.AppendJoin(',', fields.Select(Field)).Append('\n');
        }
        return csv.ToString();
    }
}
