using FluentValidation;

namespace Congress.Modules.ModuleName.Application.AreaName.DoThing;

internal sealed class DoThingCommandValidator : AbstractValidator<DoThingCommand>
{
    public DoThingCommandValidator()
    {
        RuleFor(c => c.CongressId).NotEmpty().WithMessage("Chưa chọn đại hội.");
    }
}
