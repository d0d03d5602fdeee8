using Congress.Modules.Biometrics.Domain.Templates;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Biometrics.Application.Access;

/// <summary>The kinds of thing a Biometrics request can touch by id, for <see cref="AccessScope.Resource"/>.</summary>
internal static class BiometricsResources
{
    public const string EnrolmentBatch = "biometrics.enrolment-batch";

    internal sealed class EnrolmentBatchLocator(BiometricsDbContext db) : IResourceLocator
    {
        public async Task<Guid?> CongressOfAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Batches.AsNoTracking().Where(b => b.Id == new EnrolmentBatchId(id)).Select(b => (Guid?)b.CongressId).FirstOrDefaultAsync(cancellationToken);
    }
}
