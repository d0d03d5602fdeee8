using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Delegates.Application.Imports.GetDelegateImport;

internal sealed class GetDelegateImportQueryHandler(DelegateImports imports) : IRequestHandler<GetDelegateImportQuery, Result<DelegateImportDto>>
{
    public async Task<Result<DelegateImportDto>> Handle(GetDelegateImportQuery query, CancellationToken cancellationToken)
    {
        var found = await imports.FindAsync(query.ImportId, cancellationToken);
        return found.IsFailure ? found.Error! : await imports.ToDtoAsync(found.Value, cancellationToken);
    }
}
