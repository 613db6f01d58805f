using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Minor.Platform.SharedKernel.Files;

/// <summary>A file as it arrived: the name the client gave, its length, and a way to read it.</summary>
public sealed record UploadedFile(string? Name, long Length, Func<Stream> Open);

/// <summary>How many files of what size and which kinds an upload may hold.</summary>
public sealed record UploadLimits(int MaxFiles, long MaxFileBytes, IReadOnlyList<FileKind> Kinds);

/// <summary>A checked file: its safe name, its type read from the content, its length, its SHA-256 as the receipt, and its content to read.</summary>
public sealed record CheckedFile(string Name, FileKind Kind, long Length, string Sha256, Func<Stream> Open);

/// <summary>A stored file on its way to whoever may download it; the caller disposes the content once sent.</summary>
public sealed record StoredFile(string Name, string ContentType, Stream Content);

/// <summary>
/// Uploads as every module takes them: the type read from the content, never the name; empty, too large or too many
/// files refused with a message per file. Messages come from the module's own resource, under
/// <c>{prefix}:NoFiles</c>, <c>TooManyFiles</c>, <c>EmptyFile</c>, <c>FileTooLarge</c> and <c>FileTypeRefused</c>.
/// </summary>
public static class FileUploads
{
    /// <summary>
    /// Reads a multipart form itself (no IFormFile binding), so API clients with a bearer token need no antiforgery
    /// token; the sign-in cookie is SameSite=Lax, which keeps other sites from posting in a user's name. A form without
    /// a readable part (an empty or cut-off body) has no fields and no files: the handler says what is missing.
    /// </summary>
    public static async Task<(IFormCollection Fields, IReadOnlyList<UploadedFile> Files)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                return (form, From(form.Files));
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException && ex is not BadHttpRequestException)
        {
            // Nothing readable arrived; fall through to an empty form.
        }

        return (FormCollection.Empty, []);
    }

    public static IReadOnlyList<UploadedFile> From(IEnumerable<IFormFile> files) =>
        files.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream)).ToList();

    /// <summary>Checks every file and adds what is wrong to <paramref name="errors"/> under <paramref name="field"/>.</summary>
    public static List<(UploadedFile File, FileKind Kind)> Check(
        IReadOnlyList<UploadedFile> files, UploadLimits limits, InputErrors errors, string field, IStringLocalizer localizer, string prefix)
    {
        if (files.Count == 0)
        {
            errors.Add(field, localizer[prefix + ":NoFiles"]);
        }
        else if (files.Count > limits.MaxFiles)
        {
            errors.Add(field, localizer[prefix + ":TooManyFiles", limits.MaxFiles]);
        }

        var accepted = new List<(UploadedFile, FileKind)>();
        foreach (var file in files.Take(limits.MaxFiles))
        {
            var shown = Path.GetFileName(file.Name ?? "");
            if (file.Length == 0)
            {
                errors.Add(field, localizer[prefix + ":EmptyFile", shown]);
                continue;
            }

            if (file.Length > limits.MaxFileBytes)
            {
                errors.Add(field, localizer[prefix + ":FileTooLarge", shown, limits.MaxFileBytes / (1024 * 1024)]);
                continue;
            }

            using var stream = file.Open();
            var kind = FileKind.Detect(stream);
            if (kind is null || !limits.Kinds.Contains(kind))
            {
                errors.Add(field, localizer[prefix + ":FileTypeRefused", shown]);
                continue;
            }

            accepted.Add((file, kind));
        }

        return accepted;
    }

    /// <summary>
    /// Reads a checked file once through to compute its receipt, and names it safely. The content stays where the
    /// request put it (ASP.NET Core keeps a large form file on disk), so a hand-in of 250 MB is not held in memory.
    /// </summary>
    public static async Task<CheckedFile> ReadAsync(UploadedFile file, FileKind kind, CancellationToken cancellationToken)
    {
        await using var stream = file.Open();
        var sha256 = await SHA256.HashDataAsync(stream, cancellationToken);
        return new CheckedFile(kind.SafeName(file.Name), kind, file.Length, Convert.ToHexStringLower(sha256), file.Open);
    }
}
