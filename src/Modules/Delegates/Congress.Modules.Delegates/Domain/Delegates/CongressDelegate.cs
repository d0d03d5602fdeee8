using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.DiscussionGroups;
using Congress.Modules.Delegates.Domain.Organisations;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Domain.Delegates;

internal readonly record struct DelegateId(Guid Value) : ITypedId
{
    public static DelegateId New() => new(Guid.NewGuid());
}

internal enum DelegateKind
{
    Official = 0,     // Đại biểu chính thức
    Alternate = 1,    // Đại biểu dự khuyết
    InvitedGuest = 2, // Khách mời
}

internal enum Gender
{
    Male = 0,
    Female = 1,
}

internal enum CredentialsStatus
{
    Pending = 0,   // Chưa thẩm tra
    Approved = 1,  // Đủ tư cách
    Rejected = 2,  // Không đủ tư cách
}

/// <summary>
/// Who a delegate is: everything an organising committee records about them, validated once here
/// for registration, editing and CSV import alike.
/// </summary>
internal sealed record DelegateProfile(
    string Code,
    string FullName,
    DelegateKind Kind,
    DateOnly DateOfBirth,
    Gender Gender,
    string Ethnicity,
    DateOnly? PartyJoinedOn,
    string? Education,
    string? PoliticalTheory,
    string? Position,
    string? Unit,
    OrganisationId RepresentedOrganisationId,
    int RepresentedMembers,
    string Delegation)
{
    public static readonly DateOnly EarliestBirth = new(1900, 1, 1);

    public Error? Validate(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Code)) return new Error("delegates.code", "Mã đại biểu là bắt buộc.");
        if (string.IsNullOrWhiteSpace(FullName)) return new Error("delegates.full_name", "Họ và tên là bắt buộc.");
        if (FullName.Length > 200) return new Error("delegates.full_name", "Họ và tên quá dài (tối đa 200 ký tự).");
        if (DateOfBirth < EarliestBirth || DateOfBirth > today.AddYears(-18))
            return new Error("delegates.date_of_birth", "Ngày sinh không hợp lệ (đại biểu phải đủ 18 tuổi).");
        if (PartyJoinedOn is { } joined && (joined < DateOfBirth.AddYears(18) || joined > today))
            return new Error("delegates.party_joined_on", "Ngày vào Đảng phải sau 18 tuổi và không ở tương lai.");
        if (string.IsNullOrWhiteSpace(Ethnicity)) return new Error("delegates.ethnicity", "Dân tộc là bắt buộc.");
        if (RepresentedMembers < 0) return new Error("delegates.represented_members", "Số đảng viên đại diện không được âm.");
        if (string.IsNullOrWhiteSpace(Delegation)) return new Error("delegates.delegation", "Đoàn đại biểu là bắt buộc.");
        return null;
    }
}

/// <summary>A delegate summoned to one congress, with the credentials board's verdict on them.</summary>
internal sealed class CongressDelegate : AggregateRoot<DelegateId>
{
    private CongressDelegate() { }

    public CongressId CongressId { get; private set; }
    public string Code { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public string SearchName { get; private set; } = "";
    public DelegateKind Kind { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    public Gender Gender { get; private set; }
    public string Ethnicity { get; private set; } = "";
    public DateOnly? PartyJoinedOn { get; private set; }
    public string? Education { get; private set; }
    public string? PoliticalTheory { get; private set; }
    public string? Position { get; private set; }
    public string? Unit { get; private set; }
    public OrganisationId RepresentedOrganisationId { get; private set; }
    public int RepresentedMembers { get; private set; }
    public string Delegation { get; private set; } = "";
    public DiscussionGroupId? DiscussionGroupId { get; private set; }
    public string? Seat { get; private set; }
    public CredentialsStatus CredentialsStatus { get; private set; }
    public string? CredentialsReason { get; private set; }
    public DateTime? CredentialsReviewedAtUtc { get; private set; }
    public string? CredentialsReviewedBy { get; private set; }

    public static Result<CongressDelegate> Register(CongressId congressId, DelegateProfile profile, DateOnly today)
    {
        if (profile.Validate(today) is { } error) return error;
        var registered = new CongressDelegate { Id = DelegateId.New(), CongressId = congressId };
        registered.Apply(profile);
        registered.Raise(new DelegateRegisteredDomainEvent(registered.Id, congressId));
        return registered;
    }

    public Result Update(DelegateProfile profile, DateOnly today)
    {
        if (profile.Validate(today) is { } error) return error;
        Apply(profile);
        return Result.Success();
    }

    public Result ApproveCredentials(string reviewer, DateTime nowUtc)
    {
        if (Kind == DelegateKind.InvitedGuest)
            return new Error("delegates.credentials.guest", "Khách mời không thuộc diện thẩm tra tư cách đại biểu.");
        if (CredentialsStatus == CredentialsStatus.Approved) return Result.Success();
        CredentialsStatus = CredentialsStatus.Approved;
        CredentialsReason = null;
        Reviewed(reviewer, nowUtc);
        Raise(new DelegateCredentialsApprovedDomainEvent(Id, CongressId));
        return Result.Success();
    }

    /// <summary>Rejects the credentials; if they had been approved, that approval is revoked.</summary>
    public Result RejectCredentials(string reason, string reviewer, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return new Error("delegates.credentials.reason", "Phải nêu lý do không công nhận tư cách đại biểu.");
        var wasApproved = CredentialsStatus == CredentialsStatus.Approved;
        CredentialsStatus = CredentialsStatus.Rejected;
        CredentialsReason = reason.Trim();
        Reviewed(reviewer, nowUtc);
        if (wasApproved) Raise(new DelegateCredentialsRevokedDomainEvent(Id, CongressId, CredentialsReason));
        return Result.Success();
    }

    public void AssignToGroup(DiscussionGroupId groupId)
    {
        if (DiscussionGroupId == groupId) return;
        DiscussionGroupId = groupId;
        Raise(new DelegateAssignedToGroupDomainEvent(Id, CongressId, groupId));
    }

    public void AssignSeat(string? seat) => Seat = string.IsNullOrWhiteSpace(seat) ? null : seat.Trim();

    private void Reviewed(string reviewer, DateTime nowUtc)
    {
        CredentialsReviewedAtUtc = nowUtc;
        CredentialsReviewedBy = reviewer;
    }

    private void Apply(DelegateProfile profile)
    {
        Code = profile.Code.Trim();
        FullName = string.Join(' ', profile.FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Normalize();
        SearchName = VietnameseText.Fold(FullName);
        Kind = profile.Kind;
        DateOfBirth = profile.DateOfBirth;
        Gender = profile.Gender;
        Ethnicity = profile.Ethnicity.Trim();
        PartyJoinedOn = profile.PartyJoinedOn;
        Education = profile.Education?.Trim();
        PoliticalTheory = profile.PoliticalTheory?.Trim();
        Position = profile.Position?.Trim();
        Unit = profile.Unit?.Trim();
        RepresentedOrganisationId = profile.RepresentedOrganisationId;
        RepresentedMembers = profile.RepresentedMembers;
        Delegation = profile.Delegation.Trim();
    }
}

internal sealed record DelegateRegisteredDomainEvent(DelegateId DelegateId, CongressId CongressId) : IDomainEvent;
internal sealed record DelegateCredentialsApprovedDomainEvent(DelegateId DelegateId, CongressId CongressId) : IDomainEvent;
internal sealed record DelegateCredentialsRevokedDomainEvent(DelegateId DelegateId, CongressId CongressId, string Reason) : IDomainEvent;
internal sealed record DelegateAssignedToGroupDomainEvent(DelegateId DelegateId, CongressId CongressId, DiscussionGroupId GroupId) : IDomainEvent;
