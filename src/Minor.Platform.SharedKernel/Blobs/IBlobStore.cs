namespace Minor.Platform.SharedKernel.Blobs;

/// <summary>Stores files (hand-ins, PDFs) by key; the file system by default.</summary>
public interface IBlobStore
{
    Task SaveAsync(string key, byte[] content, CancellationToken cancellationToken);

    /// <summary>Null when nothing is stored under the key.</summary>
    Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes what is stored under the key; nothing there is not an error, so a retried clean-up is safe.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
