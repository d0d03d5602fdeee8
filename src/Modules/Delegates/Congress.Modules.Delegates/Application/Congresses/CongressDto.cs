using System.Linq.Expressions;
using Congress.Modules.Delegates.Domain.Congresses;

namespace Congress.Modules.Delegates.Application.Congresses;

internal sealed record CongressDto(
    Guid Id, Guid OrganisationId, string Name, int TermStartYear, int TermEndYear,
    DateOnly StartsOn, DateOnly EndsOn, string Status, int DelegateQuota)
{
    public string Term => $"{TermStartYear}–{TermEndYear}";

    public static readonly Expression<Func<PartyCongress, CongressDto>> Projection = c =>
        new CongressDto(c.Id.Value, c.OrganisationId.Value, c.Name, c.TermStartYear, c.TermEndYear, c.StartsOn, c.EndsOn, c.Status.ToString(), c.DelegateQuota);

    private static readonly Func<PartyCongress, CongressDto> Compiled = Projection.Compile();

    public static CongressDto From(PartyCongress entity) => Compiled(entity);
}

/// <summary>A congress with its delegate counts, for its overview page.</summary>
internal sealed record CongressDetailDto(CongressDto Congress, int Delegates, int Official, int CredentialsApproved, int CredentialsPending, int DiscussionGroups);
