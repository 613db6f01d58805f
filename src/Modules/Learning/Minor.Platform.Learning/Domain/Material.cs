namespace Minor.Platform.Learning.Domain;

/// <summary>What a section offers beside its text: a file, a link, or a video shown in the page.</summary>
public enum MaterialKind
{
    File,
    Link,
    Video,
}

/// <summary>A file (kept in the blob store, served as an attachment), a link, or an embedded video link.</summary>
public sealed class Material
{
    private Material()
    {
    }

    private Material(MaterialKind kind, string title)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        Title = title;
    }

    public Guid Id { get; private set; }

    public Guid SectionId { get; private set; }

    public int Position { get; private set; }

    public MaterialKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The address of a link or video; for a video, the page the lecturer gave (the embed address is derived).</summary>
    public string? Url { get; private set; }

    public string? BlobKey { get; private set; }

    public string? FileName { get; private set; }

    public string? ContentType { get; private set; }

    public long? Size { get; private set; }

    public string? Sha256 { get; private set; }

    public static Material Link(string title, Uri url) => new(MaterialKind.Link, title) { Url = url.AbsoluteUri };

    public static Material Video(string title, Uri url) => new(MaterialKind.Video, title) { Url = url.AbsoluteUri };

    public static Material File(string title, string blobKey, string fileName, string contentType, long size, string sha256) =>
        new(MaterialKind.File, title) { BlobKey = blobKey, FileName = fileName, ContentType = contentType, Size = size, Sha256 = sha256 };

    internal void PlaceIn(Guid sectionId, int position)
    {
        SectionId = sectionId;
        Position = position;
    }
}
