using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.DiscussionGroups;
using Congress.Modules.Delegates.Domain.Organisations;
using FluentAssertions;

namespace Congress.Modules.Delegates.Tests.Domain;

public sealed class DelegateTests
{
    private static readonly DateOnly Today = new(2025, 10, 1);

    internal static DelegateProfile Profile(string code = "DB001", string name = "Nguyễn Văn An", DelegateKind kind = DelegateKind.Official, DateOnly? born = null, DateOnly? joined = null) =>
        new(code, name, kind, born ?? new DateOnly(1975, 3, 2), Gender.Male, "Kinh", joined ?? new DateOnly(2000, 5, 19), "Cử nhân", "Cao cấp",
            "Bí thư", "Xã Hoa Lư", new OrganisationId(Guid.NewGuid()), 2500, "Đoàn xã Hoa Lư");

    private static CongressDelegate Registered(DelegateKind kind = DelegateKind.Official) =>
        CongressDelegate.Register(CongressId.New(), Profile(kind: kind), Today).Value;

    [Fact]
    public void Registering_records_the_event_and_a_diacritics_free_search_name()
    {
        var registered = Registered();

        registered.SearchName.Should().Be("nguyen van an");
        registered.CredentialsStatus.Should().Be(CredentialsStatus.Pending);
        registered.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<DelegateRegisteredDomainEvent>();
    }

    [Theory]
    [InlineData(2010, 1, 1, "delegates.date_of_birth")]   // under 18
    [InlineData(1899, 12, 31, "delegates.date_of_birth")]
    public void A_delegate_must_be_of_age(int year, int month, int day, string code)
    {
        var result = CongressDelegate.Register(CongressId.New(), Profile(born: new DateOnly(year, month, day)), Today);

        result.IsFailure.Should().BeTrue();
        result.Error!.Code.Should().Be(code);
    }

    [Fact]
    public void Joining_the_party_before_eighteen_is_refused()
    {
        var result = CongressDelegate.Register(CongressId.New(), Profile(born: new DateOnly(1980, 6, 1), joined: new DateOnly(1997, 1, 1)), Today);

        result.Error!.Code.Should().Be("delegates.party_joined_on");
    }

    [Fact]
    public void Rejecting_approved_credentials_revokes_them_with_the_reason()
    {
        var delegateUnderReview = Registered();
        delegateUnderReview.ApproveCredentials("thamtra", DateTime.UtcNow).IsSuccess.Should().BeTrue();
        delegateUnderReview.ClearDomainEvents();

        delegateUnderReview.RejectCredentials("Đang bị xem xét kỷ luật", "thamtra", DateTime.UtcNow).IsSuccess.Should().BeTrue();

        delegateUnderReview.CredentialsStatus.Should().Be(CredentialsStatus.Rejected);
        delegateUnderReview.CredentialsReason.Should().Be("Đang bị xem xét kỷ luật");
        delegateUnderReview.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<DelegateCredentialsRevokedDomainEvent>();
    }

    [Fact]
    public void Rejecting_needs_a_reason_and_leaves_the_delegate_unchanged_without_one()
    {
        var delegateUnderReview = Registered();
        delegateUnderReview.ApproveCredentials("thamtra", DateTime.UtcNow);

        var result = delegateUnderReview.RejectCredentials("  ", "thamtra", DateTime.UtcNow);

        result.Error!.Code.Should().Be("delegates.credentials.reason");
        delegateUnderReview.CredentialsStatus.Should().Be(CredentialsStatus.Approved);
    }

    [Fact]
    public void Invited_guests_are_not_reviewed_by_the_credentials_board()
    {
        Registered(DelegateKind.InvitedGuest).ApproveCredentials("thamtra", DateTime.UtcNow).Error!.Code.Should().Be("delegates.credentials.guest");
    }

    [Fact]
    public void Approving_twice_raises_one_event()
    {
        var delegateUnderReview = Registered();
        delegateUnderReview.ClearDomainEvents();

        delegateUnderReview.ApproveCredentials("a", DateTime.UtcNow);
        delegateUnderReview.ApproveCredentials("b", DateTime.UtcNow);

        delegateUnderReview.DomainEvents.Should().ContainSingle();
    }
}

public sealed class GroupBalancerTests
{
    [Fact]
    public void Delegations_stay_together_and_groups_are_even()
    {
        var sizes = new Dictionary<string, int> { ["A"] = 10, ["B"] = 9, ["C"] = 6, ["D"] = 5, ["E"] = 4, ["F"] = 2 };

        var placement = GroupBalancer.Distribute(sizes, 3);

        placement.Keys.Should().BeEquivalentTo(sizes.Keys);
        var loads = placement.GroupBy(p => p.Value).Select(g => g.Sum(p => sizes[p.Key])).ToList();
        loads.Should().HaveCount(3);
        (loads.Max() - loads.Min()).Should().BeLessThanOrEqualTo(2);
        loads.Sum().Should().Be(36);
    }

    [Fact]
    public void The_same_input_gives_the_same_groups()
    {
        var sizes = Enumerable.Range(1, 30).ToDictionary(i => $"Đoàn {i}", i => i % 7 + 1);

        GroupBalancer.Distribute(sizes, 5).Should().Equal(GroupBalancer.Distribute(sizes, 5));
    }
}

public sealed class OrganisationTests
{
    [Fact]
    public void A_child_path_extends_its_parent_so_the_subtree_is_a_prefix()
    {
        var province = Organisation.CreateRoot("Đảng bộ tỉnh", "P", OrganisationLevel.Province, 1000).Value;
        var commune = province.AddChild("Đảng bộ xã", "X", OrganisationLevel.Commune, 100).Value;
        var cell = commune.AddChild("Chi bộ", "C", OrganisationLevel.Cell, 20).Value;

        province.Contains(cell.Path).Should().BeTrue();
        commune.Contains(cell.Path).Should().BeTrue();
        cell.Contains(commune.Path).Should().BeFalse();
    }

    [Fact]
    public void A_child_must_be_at_a_lower_level()
    {
        var commune = Organisation.CreateRoot("Đảng bộ xã", "X", OrganisationLevel.Commune, 100).Value;

        commune.AddChild("Tỉnh", "P", OrganisationLevel.Province, 1).Error!.Code.Should().Be("delegates.organisation.level");
    }
}
