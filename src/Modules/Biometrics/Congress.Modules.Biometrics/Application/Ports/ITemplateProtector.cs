namespace Congress.Modules.Biometrics.Application.Ports;

/// <summary>Seals embeddings at rest (AES-256-GCM), bound to the congress and delegate they belong to.</summary>
internal interface ITemplateProtector
{
    Task<byte[]> SealAsync(float[] embedding, Guid congressId, Guid delegateId, CancellationToken cancellationToken);

    /// <summary>The embedding, or null when the data was altered or sealed for another delegate.</summary>
    Task<float[]?> OpenAsync(byte[] sealedEmbedding, Guid congressId, Guid delegateId, CancellationToken cancellationToken);
}
