using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.Organisations;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.Delegates;

/// <summary>Turns client input into a <see cref="DelegateProfile"/>, checking that the represented organisation belongs to the congress.</summary>
internal sealed class DelegateProfiles(DelegatesDbContext db, OrganisationPaths paths, IClock clock)
{
    public DateOnly Today => DateOnly.FromDateTime(VietnamTime.FromUtc(clock.UtcNow));

    public async Task<Result<DelegateProfile>> FromInputAsync(PartyCongress congress, DelegateInput input, CancellationToken cancellationToken)
    {
        var represented = await paths.FindAsync(db, input.RepresentedOrganisationId, cancellationToken);
        if (represented is null || !represented.StartsWith(congress.OrganisationPath, StringComparison.Ordinal))
            return new Error("delegates.represented_organisation", "Tổ chức đảng mà đại biểu đại diện không thuộc đảng bộ của đại hội này.");

        return new DelegateProfile(
            input.Code, input.FullName, Enum.Parse<DelegateKind>(input.Kind, true), input.DateOfBirth, Enum.Parse<Gender>(input.Gender, true),
            input.Ethnicity, input.PartyJoinedOn, input.Education, input.PoliticalTheory, input.Position, input.Unit,
            new OrganisationId(input.RepresentedOrganisationId), input.RepresentedMembers, input.Delegation);
    }

    public async Task<Error?> CodeTakenAsync(CongressId congressId, string code, DelegateId? except, CancellationToken cancellationToken)
    {
        var trimmed = code.Trim();
        var taken = await db.Delegates.AnyAsync(d => d.CongressId == congressId && d.Code == trimmed && (except == null || d.Id != except), cancellationToken);
        return taken ? Error.Conflict("delegates.code_taken", $"Mã đại biểu \"{trimmed}\" đã có trong đại hội này.") : null;
    }
}
