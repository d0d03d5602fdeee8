using System.Linq.Expressions;
using Congress.Modules.Delegates.Domain.Delegates;

namespace Congress.Modules.Delegates.Application.Delegates;

internal sealed record DelegateDto(
    Guid Id, Guid CongressId, string Code, string FullName, string Kind, DateOnly DateOfBirth, string Gender, string Ethnicity,
    DateOnly? PartyJoinedOn, string? Education, string? PoliticalTheory, string? Position, string? Unit,
    Guid RepresentedOrganisationId, int RepresentedMembers, string Delegation, Guid? DiscussionGroupId, string? Seat,
    string CredentialsStatus, string? CredentialsReason)
{
    public static readonly Expression<Func<CongressDelegate, DelegateDto>> Projection = d => new DelegateDto(
        d.Id.Value, d.CongressId.Value, d.Code, d.FullName, d.Kind.ToString(), d.DateOfBirth, d.Gender.ToString(), d.Ethnicity,
        d.PartyJoinedOn, d.Education, d.PoliticalTheory, d.Position, d.Unit,
        d.RepresentedOrganisationId.Value, d.RepresentedMembers, d.Delegation,
        d.DiscussionGroupId.HasValue ? d.DiscussionGroupId.Value.Value : null, d.Seat,
        d.CredentialsStatus.ToString(), d.CredentialsReason);

    private static readonly Func<CongressDelegate, DelegateDto> Compiled = Projection.Compile();

    public static DelegateDto From(CongressDelegate entity) => Compiled(entity);
}

/// <summary>What a client sends to register or edit a delegate. Kind and Gender are enum names.</summary>
internal sealed record DelegateInput(
    string Code, string FullName, string Kind, DateOnly DateOfBirth, string Gender, string Ethnicity,
    DateOnly? PartyJoinedOn, string? Education, string? PoliticalTheory, string? Position, string? Unit,
    Guid RepresentedOrganisationId, int RepresentedMembers, string Delegation, string? Seat = null);
