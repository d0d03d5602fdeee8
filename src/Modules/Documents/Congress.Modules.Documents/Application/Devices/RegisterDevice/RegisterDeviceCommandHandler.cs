using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Devices.PreparePackages;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Devices;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Devices.RegisterDevice;

internal sealed class RegisterDeviceCommandHandler(
    DocumentsDbContext db, DocumentVisibility visibility, IOrganisationDirectory directory, IDelegateRoster roster, IPackageSealer sealer,
    PackagePreparation preparation, ICurrentUser user, IClock clock)
    : IRequestHandler<RegisterDeviceCommand, Result<RegisteredDeviceDto>>
{
    private static readonly Error DelegateNotFound = Error.NotFound("documents.device.delegate_not_found", "Không tìm thấy đại biểu này trong đại hội.");

    public async Task<Result<RegisteredDeviceDto>> Handle(RegisterDeviceCommand command, CancellationToken cancellationToken)
    {
        Guid delegateId;
        if (visibility.IsStaff)
        {
            if (command.DelegateId is not { } chosen) return new Error("documents.device.delegate", "Chọn đại biểu dùng máy này.");
            delegateId = chosen;
        }
        else
        {
            if (user.DelegateId is not { } own) return RequestAuthoriser.NotADelegate;
            if (command.DelegateId is { } other && other != own)
                return Error.Forbidden("documents.device.not_own", "Đại biểu chỉ đăng ký máy của chính mình.");
            delegateId = own;
        }
        if (await directory.DelegateCongressAsync(delegateId, cancellationToken) != command.CongressId) return DelegateNotFound;
        var keyId = sealer.DeviceKeyId(command.PublicKey);
        if (keyId is null) return new Error("documents.device.key", "Khoá công khai của máy phải là khoá P-256 (SubjectPublicKeyInfo, base64).");
        if (await db.Devices.AnyAsync(d => d.KeyId == keyId, cancellationToken))
            return Error.Conflict("documents.device.key_in_use", "Khoá này đã được đăng ký cho một máy khác — máy phải tạo khoá mới.");
        // the recipient its copies are marked for, fixed now (docs/adr/0031): the delegate's code and name, and their account
        // when they register their own tablet — whoever later fetches the package, so that it can be prepared ahead
        var recipient = PackageRecipient.LabelOf(await roster.FindAsync(command.CongressId, delegateId, cancellationToken), delegateId);
        var device = TabletDevice.Register(command.CongressId, delegateId, command.Label, command.PublicKey, keyId, user.AuditName, clock.UtcNow,
            recipient, user.DelegateId == delegateId ? user.UserId : null);
        db.Devices.Add(device);
        preparation.AfterRegistration(command.CongressId, device.Id);
        return new RegisteredDeviceDto(DeviceDto.From(device), sealer.SigningKeys());
    }
}
