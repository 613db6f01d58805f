using System.Globalization;

namespace Minor.Platform.Certificates.Rendering;

/// <summary>The fixed wording of certificates and transcripts, in Dutch and in English.</summary>
public sealed record CertificateTexts(
    CultureInfo Culture,
    string Certificate,
    string HerebyDeclare,
    string HasCompleted,
    string HasCompletedMinor,
    string OfProgramme,
    string FinalGrade,
    string IssuedOn,
    string Examiner,
    string Coordinator,
    string CheckAt,
    string VerificationCode,
    string Transcript,
    string Student,
    string Module,
    string Grade,
    string Date,
    string Passed,
    string TotalEc)
{
    public static readonly CertificateTexts Dutch = new(
        CultureInfo.GetCultureInfo("nl-NL"), "CERTIFICAAT", "Hierbij verklaren wij dat", "met goed gevolg heeft afgerond de module", "met goed gevolg heeft afgerond de",
        "van de {0}", "Eindcijfer", "Uitgereikt op {0}", "Examinator, {0}", "Coördinator van de minor, {0}", "Controleer de echtheid van dit document op",
        "Verificatiecode", "Cijferlijst", "Student", "Module", "Cijfer", "Datum", "behaald", "Behaalde EC");

    public static readonly CertificateTexts English = new(
        CultureInfo.GetCultureInfo("en-GB"), "CERTIFICATE", "We hereby declare that", "has successfully completed the module", "has successfully completed the",
        "of the {0}", "Final grade", "Issued on {0}", "Examiner, {0}", "Coordinator of the minor, {0}", "Check that this document is genuine at",
        "Verification code", "Transcript", "Student", "Module", "Grade", "Date", "passed", "EC achieved");

    public static CertificateTexts For(string language) => language == "en" ? English : Dutch;

    public string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public string FormatNumber(decimal value, string format) => value.ToString(format, Culture);
}
