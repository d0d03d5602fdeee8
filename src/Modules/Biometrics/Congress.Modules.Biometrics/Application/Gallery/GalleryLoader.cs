using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Biometrics.Application.Gallery;

/// <summary>Reads and opens a congress's templates into a <see cref="GalleryMatrix"/> (a template that fails to open is skipped and logged).</summary>
internal sealed class GalleryLoader(FaceGallery gallery, IServiceScopeFactory scopes, IOptions<BiometricsOptions> options, ILogger<GalleryLoader> logger)
{
    public async Task<GalleryMatrix> GetAsync(Guid congressId, CancellationToken cancellationToken)
    {
        var task = gallery.GetAsync(congressId, () => LoadAsync(congressId));
        try { return await task.WaitAsync(cancellationToken); }
        catch when (task.IsFaulted) { gallery.Invalidate(congressId); throw; }
    }

    private async Task<GalleryMatrix> LoadAsync(Guid congressId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiometricsDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<ITemplateProtector>();
        var dimension = options.Value.Models.EmbeddingSize;
        var rows = new List<(Guid, float[])>();
        var templates = await db.Templates.AsNoTracking().Where(t => t.CongressId == congressId)
            .Select(t => new { t.DelegateId, t.SealedEmbedding, t.Dimension }).ToListAsync();
        foreach (var t in templates)
        {
            var embedding = t.Dimension == dimension ? await protector.OpenAsync(t.SealedEmbedding, congressId, t.DelegateId, default) : null;
            if (embedding is null) { logger.LogWarning("Face template of delegate {DelegateId} could not be opened (altered, other key or other model); skipped", t.DelegateId); continue; }
            rows.Add((t.DelegateId, embedding));
        }
        return new GalleryMatrix(dimension, rows);
    }
}
