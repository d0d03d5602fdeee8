using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Infrastructure;

internal sealed class DelegateProfileDirectory(DelegatesDbContext db) : IDelegateProfiles
{
    public async Task<IReadOnlyList<DelegateProfileEntry>> FindByCodesAsync(Guid congressId, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (wanted.Count == 0) return [];
        var found = await db.Delegates.AsNoTracking()
            .Where(d => d.CongressId == new CongressId(congressId) && wanted.Contains(d.Code))
            .Select(d => new { d.Code, d.FullName, d.DateOfBirth, d.Gender, d.Ethnicity, d.Education, d.PoliticalTheory })
            .ToListAsync(cancellationToken);
        return found.Select(d => new DelegateProfileEntry(d.Code, d.FullName, d.DateOfBirth.Year, d.Gender == Gender.Female ? "Female" : "Male",
            Blank(d.Ethnicity), Blank(d.Education), Blank(d.PoliticalTheory))).ToList();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
