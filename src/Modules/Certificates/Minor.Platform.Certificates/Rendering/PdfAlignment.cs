namespace Minor.Platform.Certificates.Rendering;

public enum PdfAlignment
{
    Left,
    Center,
    Right,
}
