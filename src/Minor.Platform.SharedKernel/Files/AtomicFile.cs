namespace Minor.Platform.SharedKernel.Files;

/// <summary>
/// Writes a file beside its name and renames it into place, so whoever reads the folder (a mail pickup service, a
/// download) sees the old content or the new, never part of it; a failed write leaves nothing behind.
/// </summary>
public static class AtomicFile
{
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".part";
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await write(file, cancellationToken);
            }

            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }
}
