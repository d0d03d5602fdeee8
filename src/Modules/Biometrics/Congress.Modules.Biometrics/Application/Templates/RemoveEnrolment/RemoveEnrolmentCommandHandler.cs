using Congress.Modules.Biometrics.Application.Access;
using Congress.Modules.Biometrics.Application.Gallery;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Biometrics.Application.Templates.RemoveEnrolment;

internal sealed class RemoveEnrolmentCommandHandler(CongressGuard guard, BiometricsDbContext db, FaceGallery gallery) : IRequestHandler<RemoveEnrolmentCommand, Result>
{
    public async Task<Result> Handle(RemoveEnrolmentCommand command, CancellationToken cancellationToken)
    {
        var allowed = await guard.CheckCongressAsync(command.CongressId, cancellationToken);
        if (allowed.IsFailure) return allowed.Error!;
        var template = await db.Templates.FirstOrDefaultAsync(t => t.CongressId == command.CongressId && t.DelegateId == command.DelegateId, cancellationToken);
        if (template is null) return Error.NotFound("biometrics.enrolment.not_found", "Đại biểu này chưa đăng ký khuôn mặt.");
        db.Templates.Remove(template);
        db.AfterCommit(_ => { gallery.Invalidate(command.CongressId); return Task.CompletedTask; });
        return Result.Success();
    }
}
