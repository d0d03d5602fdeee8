using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Delegates.Domain.Organisations;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.Organisations.CreateOrganisation;

internal sealed class CreateOrganisationCommandHandler(DelegatesDbContext db, SubtreeScope scope, ICurrentUser user)
    : IRequestHandler<CreateOrganisationCommand, Result<OrganisationDto>>
{
    public async Task<Result<OrganisationDto>> Handle(CreateOrganisationCommand command, CancellationToken cancellationToken)
    {
        var level = Enum.Parse<OrganisationLevel>(command.Level, ignoreCase: true);
        if (await db.Organisations.AnyAsync(o => o.Code == command.Code.Trim(), cancellationToken))
            return Error.Conflict("delegates.organisation.code_taken", $"Mã tổ chức \"{command.Code}\" đã được dùng.");

        Result<Organisation> created;
        if (command.ParentId is not { } parentId)
        {
            if (!user.IsSystemAdmin)
                return Error.Forbidden("delegates.organisation.root", "Chỉ quản trị hệ thống được tạo tổ chức gốc.");
            created = Organisation.CreateRoot(command.Name, command.Code, level, command.MemberCount);
        }
        else
        {
            var parent = await db.Organisations.FirstOrDefaultAsync(o => o.Id == new OrganisationId(parentId), cancellationToken);
            if (parent is null || !await scope.CanSeeAsync(parent.Path, cancellationToken))
                return Error.NotFound("delegates.organisation.not_found", "Không tìm thấy tổ chức đảng cấp trên.");
            created = parent.AddChild(command.Name, command.Code, level, command.MemberCount);
        }
        if (created.IsFailure) return created.Error!;

        var organisation = created.Value;
        db.Organisations.Add(organisation);
        db.Publish(new OrganisationCreatedIntegrationEvent(organisation.Id.Value, organisation.ParentId?.Value, organisation.Code, organisation.Name,
            organisation.Level.ToString(), organisation.Path));
        return OrganisationDto.From(organisation);
    }
}
