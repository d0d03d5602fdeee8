using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Imports.CommitDelegateImport;

/// <summary>
/// Writes a previewed, error-free import: all rows or none. Small files are written at once; larger ones in the
/// background (status Committing, with progress), so the portal stays responsive.
/// </summary>
internal sealed record CommitDelegateImportCommand(Guid ImportId) : ICommand<Result<DelegateImportDto>>;
