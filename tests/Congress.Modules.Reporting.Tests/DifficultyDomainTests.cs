using System.Text;
using Congress.Modules.Reporting.Domain.Difficulties;

namespace Congress.Modules.Reporting.Tests;

/// <summary>The difficulty's states without a database: who it waits for, what each step may follow.</summary>
public sealed class DifficultyDomainTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DifficultyAuthor Commune = new(Guid.NewGuid(), "btc.x01", "organising-committee", Guid.NewGuid(), "Xã Hoa Lư");
    private static readonly DifficultyAuthor Province = new(Guid.NewGuid(), "btc", "organising-committee", Guid.NewGuid(), "Tỉnh Ninh Bình");
    private static readonly DifficultyAuthor Centre = new(Guid.NewGuid(), "tw", "secretariat", Guid.NewGuid(), "Trung ương");

    private static Difficulty Reported(Guid? province) => Difficulty.Report(Commune.OrganisationId!.Value, "/a/b/c/", 2, province, province is null ? null : 1,
        DifficultyCategory.Congress, "Tiêu đề", "Nội dung", Commune, Now);

    [Fact]
    public void It_waits_for_the_province_then_the_centre_once_escalated_and_a_follow_up_goes_back_to_whoever_handles_it()
    {
        var d = Reported(Guid.NewGuid());
        d.Status.Should().Be(DifficultyStatus.Open);
        d.AwaitedTier.Should().Be(DifficultyTier.Province);
        d.Answer(DifficultyTier.Centre, "Trung ương trả lời sớm", Centre, Now).Error!.Code.Should().Be("reporting.difficulty.status");

        d.Escalate("Vượt thẩm quyền tỉnh", Province, Now).IsSuccess.Should().BeTrue();
        d.Answer(DifficultyTier.Province, "Tỉnh trả lời muộn", Province, Now).Error!.Code.Should().Be("reporting.difficulty.status");
        d.Escalate("Lần nữa", Province, Now).IsFailure.Should().BeTrue();
        d.Answer(DifficultyTier.Centre, "Trung ương trả lời", Centre, Now).IsSuccess.Should().BeTrue();
        d.Status.Should().Be(DifficultyStatus.AnsweredByCentre);
        d.Answer(DifficultyTier.Centre, "Trả lời lần hai", Centre, Now).IsFailure.Should().BeTrue("it waits for nobody now");

        d.FollowUp("Chưa rõ", Commune, Now).IsSuccess.Should().BeTrue();
        d.Status.Should().Be(DifficultyStatus.EscalatedToCentre);
        d.Close(null, Commune, Now).IsSuccess.Should().BeTrue();
        d.Close(null, Commune, Now).Error.Should().Be(Difficulty.AlreadyClosed);
        d.FollowUp("Lại gặp", Commune, Now).IsSuccess.Should().BeTrue();
        d.Status.Should().Be(DifficultyStatus.EscalatedToCentre, "a closed difficulty reopens where it was");

        d.Version.Should().Be(d.Entries.Count).And.Be(6);
        d.Entries.Select(e => e.Sequence).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        d.Entries.Select(e => e.Tier).Should().Equal(DifficultyTier.Reporter, DifficultyTier.Province, DifficultyTier.Centre,
            DifficultyTier.Reporter, DifficultyTier.Reporter, DifficultyTier.Reporter);
    }

    [Fact]
    public void Without_a_province_above_it_goes_to_the_centre_at_once_and_texts_are_kept_in_NFC()
    {
        var d = Difficulty.Report(Guid.NewGuid(), "/a/b/", 1, null, null, DifficultyCategory.Software,
            "  Thi\u00ea\u0301u  ".Normalize(NormalizationForm.FormD), "Lỗi", Province, Now);

        d.Status.Should().Be(DifficultyStatus.EscalatedToCentre);
        d.Escalated.Should().BeTrue();
        d.HandlerDepth.Should().Be(1);
        d.Title.Should().Be("Thiếu").And.Be("Thiếu".Normalize(NormalizationForm.FormC));
    }
}
