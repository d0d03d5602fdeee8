using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Imports.GetDelegateImport;

internal sealed record GetDelegateImportQuery(Guid ImportId) : IQuery<Result<DelegateImportDto>>;
