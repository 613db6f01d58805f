using System.IO.Compression;
using System.Text;
using Minor.Platform.SharedKernel.Files;

namespace Minor.Platform.UnitTests.Files;

public sealed class FileKindTests
{
    [Fact]
    public void Detect_ReadsTheContent_NotTheName()
    {
        Detect("%PDF-1.7\n..."u8.ToArray()).ShouldBe(FileKind.Pdf);
        Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]).ShouldBe(FileKind.Png);
        Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]).ShouldBe(FileKind.Jpeg);
        Detect([0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'m', (byte)'p', (byte)'4', (byte)'2']).ShouldBe(FileKind.Mp4);
        Detect("MZ\u0090\0 an executable renamed to verslag.pdf"u8.ToArray()).ShouldBeNull();
        Detect("<html><script>alert(1)</script>"u8.ToArray()).ShouldBeNull();
        Detect([]).ShouldBeNull();
    }

    [Fact]
    public void Detect_ZipBasedOfficeFiles_ByTheirEntries()
    {
        Detect(Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"))).ShouldBe(FileKind.Docx);
        Detect(Zip(("[Content_Types].xml", "<Types/>"), ("ppt/presentation.xml", "<p/>"))).ShouldBe(FileKind.Pptx);
        Detect(Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<x/>"))).ShouldBe(FileKind.Xlsx);
        Detect(Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office/>"))).ShouldBe(FileKind.Odt);
        Detect(Zip(("payload.exe", "MZ"))).ShouldBeNull();
        Detect("PK\u0003\u0004 not really a zip"u8.ToArray()).ShouldBeNull();
    }

    [Theory]
    [InlineData("Wijkanalyse Noord.pdf", "Wijkanalyse Noord.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("C:\\Users\\zoe\\verslag.exe", "verslag.pdf")]
    [InlineData("rap<p>ort|1?.pdf", "rapport1.pdf")]
    [InlineData("...", "bestand.pdf")]
    [InlineData(null, "bestand.pdf")]
    public void SafeName_KeepsNoPathAndEndsInTheDetectedExtension(string? clientName, string expected) =>
        FileKind.Pdf.SafeName(clientName).ShouldBe(expected);

    private static FileKind? Detect(byte[] content)
    {
        using var stream = new MemoryStream(content);
        var kind = FileKind.Detect(stream);
        stream.Position.ShouldBe(0);
        return kind;
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
