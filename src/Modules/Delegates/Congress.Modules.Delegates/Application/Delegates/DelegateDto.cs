using System.Linq.Expressions;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Shared.Infrastructure.Mapping;
using Mapster;

namespace Congress.Modules.Delegates.Application.Delegates;

internal sealed record DelegateDto(
    Guid Id, Guid CongressId, string Code, string FullName, string Kind, DateOnly DateOfBirth, string Gender, string Ethnicity,
    DateOnly? PartyJoinedOn, string? Education, string? PoliticalTheory, string? Position, string? Unit,
    Guid RepresentedOrganisationId, int RepresentedMembers, string Delegation, Guid? DiscussionGroupId, string? Seat,
    string CredentialsStatus, string? CredentialsReason)
{
    /// <summary>Mapster, by member name (docs/adr/0016); EF translates it, so SQL reads only these columns.</summary>
    public static readonly Expression<Func<CongressDelegate, DelegateDto>> Projection = DelegatesMapping.Config.Projection<CongressDelegate, DelegateDto>();

    public static DelegateDto From(CongressDelegate entity) => entity.Adapt<DelegateDto>(DelegatesMapping.Config);
}

/// <summary>What a client sends to register or edit a delegate. Kind and Gender are enum names.</summary>
internal sealed record DelegateInput(
    string Code, string FullName, string Kind, DateOnly DateOfBirth, string Gender, string Ethnicity,
    DateOnly? PartyJoinedOn, string? Education, string? PoliticalTheory, string? Position, string? Unit,
    Guid RepresentedOrganisationId, int RepresentedMembers, string Delegation, string? Seat = null);
