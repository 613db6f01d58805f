using System.IO.Compression;
using System.Text;

namespace Minor.Platform.SharedKernel.Files;

/// <summary>A file type recognised by its content, never by the name or the Content-Type a client claims.</summary>
public sealed record FileKind(string Extension, string ContentType)
{
    public static readonly FileKind Pdf = new("pdf", "application/pdf");
    public static readonly FileKind Png = new("png", "image/png");
    public static readonly FileKind Jpeg = new("jpg", "image/jpeg");
    public static readonly FileKind Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly FileKind Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static readonly FileKind Pptx = new("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    public static readonly FileKind Odt = new("odt", "application/vnd.oasis.opendocument.text");
    public static readonly FileKind Odp = new("odp", "application/vnd.oasis.opendocument.presentation");
    public static readonly FileKind Mp4 = new("mp4", "video/mp4");

    /// <summary>What a student may hand in: documents, slides, images and a recorded presentation.</summary>
    public static readonly IReadOnlyList<FileKind> HandIn = [Pdf, Docx, Xlsx, Pptx, Odt, Odp, Png, Jpeg, Mp4];

    /// <summary>The kind of the file, read from its first bytes (and, for ZIP-based formats, its entries); null when unknown.</summary>
    public static FileKind? Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[12];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;
        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return Mp4;
        }

        return head.StartsWith("PK\u0003\u0004"u8) ? DetectZipBased(content) : null;
    }

    private static FileKind? DetectZipBased(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (names.Contains("[Content_Types].xml"))
            {
                return names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)) ? Docx
                    : names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)) ? Xlsx
                    : names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal)) ? Pptx
                    : null;
            }

            if (zip.GetEntry("mimetype") is { Length: < 100 } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                var type = reader.ReadToEnd().Trim();
                return type == Odt.ContentType ? Odt : type == Odp.ContentType ? Odp : null;
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>
    /// A name safe to show and to offer as a download: no folders, no control or reserved characters, at most 100
    /// characters, ending in the extension of the detected kind. It is never used as a path.
    /// </summary>
    public string SafeName(string? clientName)
    {
        var name = Path.GetFileNameWithoutExtension((clientName ?? "").Replace('\\', '/').Split('/')[^1]);
        var clean = new string(name.Where(c => !char.IsControl(c) && "<>:\"/\\|?*".IndexOf(c) < 0).ToArray()).Trim().Trim('.');
        if (clean.Length == 0)
        {
            clean = "bestand";
        }

        return $"{(clean.Length > 100 ? clean[..100] : clean)}.{Extension}";
    }
}
