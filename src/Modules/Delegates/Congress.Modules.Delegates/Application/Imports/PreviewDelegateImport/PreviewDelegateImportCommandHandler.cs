using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Domain.Imports;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Delegates.Application.Imports.PreviewDelegateImport;

internal sealed class PreviewDelegateImportCommandHandler(DelegatesDbContext db, SubtreeScope scope, DelegateImports imports, ICurrentUser user, IClock clock)
    : IRequestHandler<PreviewDelegateImportCommand, Result<DelegateImportDto>>
{
    public async Task<Result<DelegateImportDto>> Handle(PreviewDelegateImportCommand command, CancellationToken cancellationToken)
    {
        var congress = await scope.FindCongressAsync(command.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        var text = DelegateCsv.Decode(command.Content);
        if (text.IsFailure) return text.Error!;

        var (rows, errors) = await imports.CheckAsync(congress.Value, text.Value, cancellationToken);
        var fileName = string.IsNullOrWhiteSpace(command.FileName) ? "delegates.csv" : Path.GetFileName(command.FileName);
        var import = DelegateImport.Previewed(congress.Value.Id, fileName, errors.Count == 0 ? text.Value : "",
            rows.Count, errors.Count, DelegateImports.SerializeErrors(errors), user.UserName, clock.UtcNow);
        db.Imports.Add(import);
        return await imports.ToDtoAsync(import, cancellationToken);
    }
}
