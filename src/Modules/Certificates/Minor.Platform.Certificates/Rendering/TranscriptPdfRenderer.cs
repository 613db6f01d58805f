using Minor.Platform.Documents;

namespace Minor.Platform.Certificates.Rendering;

/// <summary>Draws a transcript over as many A4 pages as its modules need, the table header repeated on each.</summary>
public sealed class TranscriptPdfRenderer
{
    private const float FooterHeight = 130;

    public byte[] Render(TranscriptDocument document)
    {
        var texts = CertificateTexts.For(document.Language);
        using var layout = DocumentChrome.Open(
            $"{texts.Transcript} – {document.HolderName}", $"{document.ProgrammeName}: {texts.Transcript}", texts.Transcript.ToLowerInvariant(),
            document.InstitutionName, document.ProgrammeName, document.VerificationCode, document.IssuedOn);
        layout.Space(28);
        layout.Text(texts.Transcript, new PdfTextStyle(true, 24, PdfTextStyle.Accent));
        layout.Space(6);
        layout.Text($"{texts.Student}: {document.HolderName}", new PdfTextStyle(true, 13, PdfTextStyle.Ink));
        layout.Text(string.Format(texts.Culture, texts.IssuedOn, texts.FormatDate(document.IssuedOn)), new PdfTextStyle(false, 11, PdfTextStyle.Muted));
        layout.Space(18);

        var rows = document.Lines.Select(line => (IReadOnlyList<string>)
        [
            line.Code,
            line.Title,
            texts.FormatNumber(line.Ec, "0.#"),
            line.Grade is { } grade ? texts.FormatNumber(grade, "0.0") : line.ResultCode ?? "–",
            line.Date is { } date ? date.ToString("d-M-yyyy", texts.Culture) : "",
        ]);
        layout.Table(
            [
                new PdfTableColumn("Code", 0.8f), new PdfTableColumn(texts.Module, 5), new PdfTableColumn("EC", 0.8f, PdfAlignment.Right),
                new PdfTableColumn(texts.Grade, 1, PdfAlignment.Right), new PdfTableColumn(texts.Date, 1.5f, PdfAlignment.Right),
            ],
            rows,
            PdfTextStyle.Body with { Size = 10.5f },
            reserveBelow: FooterHeight);

        layout.Space(10);
        layout.Text($"{texts.TotalEc}: {texts.FormatNumber(document.TotalEc, "0.#")} EC", new PdfTextStyle(true, 12, PdfTextStyle.Ink), PdfAlignment.Right);
        if (layout.Y > layout.Bottom - FooterHeight)
        {
            layout.NewPage();
        }

        DocumentChrome.DrawVerification(layout, texts, document.VerificationUrl, document.VerificationCode);
        return layout.Finish(texts.Culture.Name);
    }
}
