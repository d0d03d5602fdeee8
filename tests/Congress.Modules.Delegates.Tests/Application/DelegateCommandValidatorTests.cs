using Congress.Modules.Delegates.Application.Delegates;
using Congress.Modules.Delegates.Application.Delegates.RegisterDelegate;
using Congress.Modules.Delegates.Application.Delegates.UpdateDelegate;
using FluentAssertions;
using FluentValidation.Results;

namespace Congress.Modules.Delegates.Tests.Application;

/// <summary>The delegate's field rules, shared by the register and update validators as child rules (DelegateInputRules).</summary>
public sealed class DelegateCommandValidatorTests
{
    private static readonly DelegateInput Valid = new("DB-001", "Nguyễn Văn An", "Official", new DateOnly(1975, 5, 1), "Male", "Kinh",
        null, null, null, null, null, Guid.NewGuid(), 120, "Đoàn Ninh Bình");

    private static readonly DelegateInput Broken = Valid with { Code = "", Kind = "Boss", RepresentedMembers = -1 };

    [Fact]
    public void Registering_a_delegate_with_broken_fields_is_refused_field_by_field_in_Vietnamese()
    {
        var result = new RegisterDelegateCommandValidator().Validate(new RegisterDelegateCommand(Guid.NewGuid(), Broken));

        ShouldName(result);
        new RegisterDelegateCommandValidator().Validate(new RegisterDelegateCommand(Guid.NewGuid(), Valid)).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Updating_a_delegate_checks_the_same_fields_and_a_missing_delegate_once()
    {
        ShouldName(new UpdateDelegateCommandValidator().Validate(new UpdateDelegateCommand(Guid.NewGuid(), Broken)));

        var missing = new UpdateDelegateCommandValidator().Validate(new UpdateDelegateCommand(Guid.NewGuid(), null!));
        missing.Errors.Should().ContainSingle().Which.PropertyName.Should().Be("Delegate");
    }

    private static void ShouldName(ValidationResult result)
    {
        result.IsValid.Should().BeFalse();
        result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).Should().BeEquivalentTo(new[]
        {
            ("Delegate.Code", "Mã đại biểu là bắt buộc."),
            ("Delegate.Kind", "Loại đại biểu không hợp lệ (Official, Alternate, InvitedGuest)."),
            ("Delegate.RepresentedMembers", "Số đảng viên đại diện không được âm."),
        });
    }
}
