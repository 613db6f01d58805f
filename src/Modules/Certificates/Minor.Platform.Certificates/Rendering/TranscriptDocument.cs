using Minor.Platform.Certificates.Domain;

namespace Minor.Platform.Certificates.Rendering;

/// <summary>What a transcript (cijferlijst) states: every module with its grade, and the EC achieved.</summary>
public sealed record TranscriptDocument(
    string HolderName,
    string InstitutionName,
    string ProgrammeName,
    DateOnly IssuedOn,
    IReadOnlyList<TranscriptLine> Lines,
    decimal TotalEc,
    string VerificationCode,
    string VerificationUrl,
    string Language);
