using Minor.Platform.Documents;

namespace Minor.Platform.Certificates.Rendering;

/// <summary>Draws a one-page A4 module or minor certificate (Dutch, or English on request) with a QR code to its verification page.</summary>
public sealed class CertificatePdfRenderer
{
    public byte[] Render(CertificateDocument document)
    {
        var texts = CertificateTexts.For(document.Language);
        using var layout = DocumentChrome.Open(
            $"{texts.Certificate[0]}{texts.Certificate[1..].ToLowerInvariant()} {document.Title} – {document.HolderName}",
            $"{document.ProgrammeName}: {document.Title}", texts.Certificate.ToLowerInvariant(),
            document.InstitutionName, document.ProgrammeName, document.VerificationCode, document.IssuedOn);

        layout.Space(70);
        layout.Text(texts.Certificate, new PdfTextStyle(true, 34, PdfTextStyle.Accent), PdfAlignment.Center);
        layout.Space(28);
        layout.Text(texts.HerebyDeclare, new PdfTextStyle(false, 12.5f, PdfTextStyle.Muted), PdfAlignment.Center);
        layout.Space(14);
        layout.Text(document.HolderName, new PdfTextStyle(true, 26, PdfTextStyle.Ink), PdfAlignment.Center);
        layout.Space(14);
        var minor = document.Kind == "minor";
        layout.Text(minor ? texts.HasCompletedMinor : texts.HasCompleted, new PdfTextStyle(false, 12.5f, PdfTextStyle.Muted), PdfAlignment.Center);
        layout.Space(12);
        layout.Text(document.Title, new PdfTextStyle(true, minor ? 22 : 18, PdfTextStyle.Ink), PdfAlignment.Center);
        if (!minor)
        {
            layout.Space(6);
            layout.Text(string.Format(texts.Culture, texts.OfProgramme, document.ProgrammeName), new PdfTextStyle(false, 12.5f, PdfTextStyle.Muted), PdfAlignment.Center);
        }

        layout.Space(22);

        var facts = $"{texts.FormatNumber(document.Ec, "0.#")} EC";
        if (document.Grade is { } grade)
        {
            facts += $"   ·   {texts.FinalGrade} {texts.FormatNumber(grade, "0.0")}";
        }

        layout.Text(facts, new PdfTextStyle(true, 13, PdfTextStyle.Accent), PdfAlignment.Center);
        layout.Space(8);
        layout.Text(string.Format(texts.Culture, texts.IssuedOn, texts.FormatDate(document.IssuedOn)), new PdfTextStyle(false, 12, PdfTextStyle.Ink), PdfAlignment.Center);

        if (document.SignatoryName is { } signatory)
        {
            layout.Y = 590;
            var lineX = layout.Left + (layout.ContentWidth / 2) - 110;
            layout.Rule(PdfTextStyle.Ink, 0.6f, lineX, 220);
            layout.Space(4);
            layout.Text(signatory, new PdfTextStyle(true, 11.5f, PdfTextStyle.Ink), PdfAlignment.Center);
            layout.Text(string.Format(texts.Culture, minor ? texts.Coordinator : texts.Examiner, document.InstitutionName), new PdfTextStyle(false, 10, PdfTextStyle.Muted), PdfAlignment.Center);
        }

        DocumentChrome.DrawVerification(layout, texts, document.VerificationUrl, document.VerificationCode);
        return layout.Finish(texts.Culture.Name);
    }
}
