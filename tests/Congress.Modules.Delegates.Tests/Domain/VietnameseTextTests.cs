using Congress.Shared.Kernel;
using FluentAssertions;

namespace Congress.Modules.Delegates.Tests.Domain;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Nguyễn Thị Đào", "nguyen thi dao")]
    [InlineData("  ĐẶNG   Văn  Ướt ", "dang van uot")]
    [InlineData("Hoàng Ngọc Ánh", "hoang ngoc anh")]
    [InlineData("", "")]
    public void Fold_removes_diacritics_case_and_extra_spaces(string input, string expected) =>
        VietnameseText.Fold(input).Should().Be(expected);

    [Fact]
    public void Composed_and_decomposed_forms_fold_alike() =>
        VietnameseText.Fold("Nguy\u1EC5n").Should().Be(VietnameseText.Fold("Nguye\u0302\u0303n"));
}
