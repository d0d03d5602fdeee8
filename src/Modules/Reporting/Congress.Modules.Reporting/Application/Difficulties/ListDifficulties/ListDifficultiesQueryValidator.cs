using Congress.Modules.Reporting.Domain.Difficulties;
using FluentValidation;

namespace Congress.Modules.Reporting.Application.Difficulties.ListDifficulties;

internal sealed class ListDifficultiesQueryValidator : AbstractValidator<ListDifficultiesQuery>
{
    public ListDifficultiesQueryValidator()
    {
        RuleFor(q => q.Take).InclusiveBetween(1, 1000).WithMessage("Số dòng phải từ 1 đến 1000.");
        RuleFor(q => q.Status).Must(s => s is null || (Enum.TryParse<DifficultyStatus>(s, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(s, out _)))
            .WithMessage("Trạng thái không hợp lệ (Open, AnsweredByProvince, EscalatedToCentre, AnsweredByCentre, Closed).");
    }
}
