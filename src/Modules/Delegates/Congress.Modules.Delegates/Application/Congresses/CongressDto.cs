using System.Linq.Expressions;
using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Shared.Infrastructure.Mapping;
using Mapster;

namespace Congress.Modules.Delegates.Application.Congresses;

internal sealed record CongressDto(
    Guid Id, Guid OrganisationId, string Name, int TermStartYear, int TermEndYear,
    DateOnly StartsOn, DateOnly EndsOn, string Status, int DelegateQuota)
{
    public string Term => $"{TermStartYear}–{TermEndYear}";

    /// <summary>Mapster, by member name (docs/adr/0016); EF translates it, so SQL reads only these columns.</summary>
    public static readonly Expression<Func<PartyCongress, CongressDto>> Projection = DelegatesMapping.Config.Projection<PartyCongress, CongressDto>();

    public static CongressDto From(PartyCongress entity) => entity.Adapt<CongressDto>(DelegatesMapping.Config);
}

/// <summary>A congress with its delegate counts, for its overview page.</summary>
internal sealed record CongressDetailDto(CongressDto Congress, int Delegates, int Official, int CredentialsApproved, int CredentialsPending, int DiscussionGroups);
