namespace Minor.Platform.SharedKernel.Blobs;

/// <summary>
/// Stores files (hand-ins, evidence, materials, PDFs) by key; the file system by default. Content goes in and out as
/// streams, so a large hand-in passes through the web process without being held in memory.
/// </summary>
public interface IBlobStore
{
    /// <summary>Stores the stream's content under the key; readers see the old content or the new, never part of it.</summary>
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>The content under the key, to read once and dispose; null when nothing is stored under the key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes what is stored under the key; nothing there is not an error, so a retried clean-up is safe.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

public static class BlobStoreExtensions
{
    /// <summary>A small blob (a certificate PDF) as bytes; null when nothing is stored under the key.</summary>
    public static async Task<byte[]?> ReadAllBytesAsync(this IBlobStore blobs, string key, CancellationToken cancellationToken)
    {
        await using var stream = await blobs.OpenReadAsync(key, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
