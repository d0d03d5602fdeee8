using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.Credentials.GetCredentialsReport;

internal sealed class GetCredentialsReportQueryHandler(DelegatesDbContext db, SubtreeScope scope)
    : IRequestHandler<GetCredentialsReportQuery, Result<CredentialsReportDto>>
{
    private const string MajorityEthnicity = "Kinh";

    public async Task<Result<CredentialsReportDto>> Handle(GetCredentialsReportQuery query, CancellationToken cancellationToken)
    {
        var congress = await scope.FindCongressAsync(query.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;

        // A congress has at most a few thousand delegates: one read, then the statistics in memory.
        var official = await db.Delegates.AsNoTracking()
            .Where(d => d.CongressId == congress.Value.Id && d.Kind == DelegateKind.Official)
            .Select(d => new { d.Id, d.Code, d.FullName, d.Gender, d.Ethnicity, d.DateOfBirth, d.Education, d.PoliticalTheory, d.RepresentedMembers, d.CredentialsStatus, d.CredentialsReason })
            .ToListAsync(cancellationToken);
        var qualified = official.Where(d => d.CredentialsStatus == CredentialsStatus.Approved).ToList();
        var onDay = congress.Value.StartsOn;
        var ages = qualified.Select(d => AgeOn(d.DateOfBirth, onDay)).ToList();

        return new CredentialsReportDto(
            congress.Value.Id.Value, congress.Value.Name,
            Summoned: official.Count,
            Qualified: qualified.Count,
            Rejected: official.Count(d => d.CredentialsStatus == CredentialsStatus.Rejected),
            Pending: official.Count(d => d.CredentialsStatus == CredentialsStatus.Pending),
            Women: qualified.Count(d => d.Gender == Gender.Female),
            EthnicMinorities: qualified.Count(d => !string.Equals(d.Ethnicity, MajorityEthnicity, StringComparison.OrdinalIgnoreCase)),
            AverageAge: ages.Count == 0 ? 0 : Math.Round(ages.Average(), 1),
            YoungestAge: ages.Count == 0 ? 0 : ages.Min(),
            OldestAge: ages.Count == 0 ? 0 : ages.Max(),
            RepresentedMembers: qualified.Sum(d => d.RepresentedMembers),
            ByEducation: CountBy(qualified.Select(d => d.Education)),
            ByPoliticalTheory: CountBy(qualified.Select(d => d.PoliticalTheory)),
            RejectedDelegates: official.Where(d => d.CredentialsStatus == CredentialsStatus.Rejected)
                .Select(d => new RejectedDelegateDto(d.Id.Value, d.Code, d.FullName, d.CredentialsReason ?? "")).ToList());
    }

    private static int AgeOn(DateOnly born, DateOnly day) => day.Year - born.Year - (day < born.AddYears(day.Year - born.Year) ? 1 : 0);

    private static List<CountDto> CountBy(IEnumerable<string?> labels) =>
        labels.GroupBy(l => string.IsNullOrWhiteSpace(l) ? "Chưa khai" : l.Trim())
            .Select(g => new CountDto(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Label).ToList();
}
