namespace Minor.Platform.Documents;

public enum PdfAlignment
{
    Left,
    Center,
    Right,
}
