using Congress.Modules.Fundraising.Domain.Campaigns;
using FluentValidation;

namespace Congress.Modules.Fundraising.Application.Campaigns.LaunchCampaign;

internal sealed class LaunchCampaignCommandValidator : AbstractValidator<LaunchCampaignCommand>
{
    public LaunchCampaignCommandValidator()
    {
        RuleFor(c => c.CongressId).NotEmpty().WithMessage("Chưa chọn đại hội.");
        RuleFor(c => c.Name).NotEmpty().WithMessage("Tên đợt vận động là bắt buộc.").MaximumLength(Campaign.MaxNameLength).WithMessage("Tên đợt vận động quá dài.");
        RuleFor(c => c.Organiser).NotEmpty().WithMessage("Cần nêu đơn vị tổ chức.");
        RuleFor(c => c.GoalVnd).Must(Domain.Money.Money.IsValid).WithMessage("Mục tiêu phải lớn hơn 0 và không quá 1.000 tỷ đồng.");
        RuleFor(c => c.EndsOn).GreaterThanOrEqualTo(c => c.StartsOn).WithMessage("Ngày kết thúc phải sau ngày bắt đầu.");
        RuleFor(c => c.BankBin).Matches("^[0-9]{6}$").WithMessage("Mã BIN ngân hàng (NAPAS) gồm 6 chữ số.");
        RuleFor(c => c.BankAccount).Matches("^[0-9A-Za-z]{1,19}$").WithMessage("Số tài khoản gồm 1–19 chữ số hoặc chữ cái.");
        RuleForEach(c => c.Units).ChildRules(u =>
        {
            u.RuleFor(x => x.Name).NotEmpty().WithMessage("Tên đơn vị là bắt buộc.");
            u.RuleFor(x => x.TargetVnd).Must(Domain.Money.Money.IsValid).WithMessage("Chỉ tiêu của đơn vị phải lớn hơn 0 và không quá 1.000 tỷ đồng.");
        });
    }
}
