namespace Congress.Modules.Documents.Application.Ports;

/// <summary>A version's file and text, sealed under a fresh data key that is itself wrapped by the master key.</summary>
internal sealed record SealedVersion(string WrappedKey, byte[] Content, byte[] Text);

/// <summary>The ciphertext (or the wrapped key) of a stored version did not authenticate: it was changed outside the application.</summary>
internal sealed class DocumentTamperedException(string message) : Exception(message);

/// <summary>
/// Envelope encryption of document versions (docs/adr/0020): AES-256-GCM with a fresh data key per version, the data key
/// wrapped by a master key kept outside the database. The version id is bound into every ciphertext, so a ciphertext
/// moved to another row does not open either.
/// </summary>
internal interface IDocumentVault
{
    SealedVersion Seal(Guid versionId, byte[] content, string text);

    /// <exception cref="DocumentTamperedException">The ciphertext or the wrapped key was changed.</exception>
    byte[] OpenContent(Guid versionId, string wrappedKey, byte[] sealedContent);

    /// <exception cref="DocumentTamperedException">The ciphertext or the wrapped key was changed.</exception>
    string OpenText(Guid versionId, string wrappedKey, byte[] sealedText);
}
