using Minor.Platform.Certificates.Rendering;
using Minor.Platform.Documents;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Minor.Platform.UnitTests.Certificates;

/// <summary>Certificates are read back with PdfPig, an independent PDF reader: real text, one page, small.</summary>
public sealed class CertificatePdfRendererTests
{
    private static CertificateDocument Sample(string holder) => new(
        "module", "M2 Wijkanalyse en participatief buurtonderzoek", holder, 7.5m, "Hogeschool Noord",
        new DateOnly(2026, 11, 24), 7.5m, "Ayşe Kaya", "93DQCEH54NB4", "https://minor.example.nl/verify/93DQCEH54NB4",
        "Minor Samenlevingsopbouw");

    [Theory]
    [InlineData("Zoë Đurić-Şahin")]
    [InlineData("Nguyễn Thị Hương")]
    [InlineData("Łukasz Wróblewski")]
    [InlineData("Çağrı Yılmaz")]
    [InlineData("Anne-Fleur van 't Hoff")]
    public void Render_NamesInLatinScripts_AreExtractableText(string holder)
    {
        var pdf = new CertificatePdfRenderer().Render(Sample(holder));

        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.ShouldBe(1);
        var page = document.GetPage(1);
        var words = page.GetWords().Select(w => w.Text).ToList();
        foreach (var part in holder.Split(' '))
        {
            words.ShouldContain(part);
        }
    }

    [Fact]
    public void Render_Certificate_StatesWhatWasAchievedWithMetadataAndStaysSmall()
    {
        var pdf = new CertificatePdfRenderer().Render(Sample("Zoë Đurić-Şahin"));

        pdf.Length.ShouldBeLessThan(150 * 1024);
        using var document = PdfDocument.Open(pdf);
        document.Information.Title.ShouldBe("Certificaat M2 Wijkanalyse en participatief buurtonderzoek – Zoë Đurić-Şahin");
        document.Information.Author.ShouldBe("Hogeschool Noord");
        document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out StringToken language).ShouldBeTrue();
        language.Data.ShouldBe("nl-NL");
        var text = string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text));
        text.ShouldContain("CERTIFICAAT");
        text.ShouldContain("Eindcijfer 7,5");
        text.ShouldContain("7,5 EC");
        text.ShouldContain("24 november 2026");
        text.ShouldContain("Verificatiecode: 93DQCEH54NB4");
        text.ShouldContain("https://minor.example.nl/verify/93DQCEH54NB4");
    }

    [Fact]
    public void Table_LongerThanAPage_ContinuesWithTheHeaderRepeated()
    {
        using var layout = new PdfLayout(new SKDocumentPdfMetadata { Title = "Cijferlijst" });
        layout.Text("Cijferlijst", new PdfTextStyle(true, 18, PdfTextStyle.Ink));
        var rows = Enumerable.Range(1, 80).Select(i => (IReadOnlyList<string>)[$"M{i}", $"Module nummer {i}", "5", "7,5"]);

        layout.Table(
            [new("Code", 1), new("Module", 4), new("EC", 1, PdfAlignment.Right), new("Cijfer", 1, PdfAlignment.Right)],
            rows, PdfTextStyle.Body);
        var pdf = layout.Finish();

        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.ShouldBeGreaterThan(1);
        document.NumberOfPages.ShouldBe(layout.PageCount);
        foreach (var page in document.GetPages())
        {
            page.GetWords().Select(w => w.Text).ShouldContain("Cijfer");
        }

        var allWords = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        allWords.ShouldContain("M1");
        allWords.ShouldContain("M80");
    }
}
