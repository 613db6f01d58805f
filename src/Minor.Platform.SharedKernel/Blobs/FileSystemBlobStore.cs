using Minor.Platform.SharedKernel.Files;

namespace Minor.Platform.SharedKernel.Blobs;

/// <summary>Blobs as files below one root folder; keys are ours, never a user's file name.</summary>
public sealed class FileSystemBlobStore(string root) : IBlobStore
{
    private const int BufferSize = 81920;

    public Task SaveAsync(string key, Stream content, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(PathFor(key), content.CopyToAsync, cancellationToken);

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult<Stream?>(new FileStream(
                PathFor(key), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathFor(key));
        return Task.CompletedTask;
    }

    private string PathFor(string key)
    {
        if (key.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(key))
        {
            throw new ArgumentException("A blob key is a relative path without '..'.", nameof(key));
        }

        return Path.Combine(root, key);
    }
}
