namespace Minor.Platform.Certificates.Domain;

/// <summary>One module on a transcript (cijferlijst): its grade when there is one, else its result code (VR, V, NV), else none.</summary>
public sealed record TranscriptLine(string Code, string Title, decimal Ec, decimal? Grade, bool Passed, DateOnly? Date, string? ResultCode = null);
