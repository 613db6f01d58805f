using Minor.Platform.Certificates.Domain;
using Minor.Platform.Certificates.Rendering;

namespace Minor.Platform.Benchmarks;

/// <summary>The same certificate for every contender, and a transcript long enough to span pages.</summary>
public static class SampleDocuments
{
    public static CertificateDocument Certificate { get; } = new(
        "module", "M3 Methodisch werken: organiseren, activeren, verbinden", "Zoë Đurić-Şahin", 7.5m, "Hogeschool Noord",
        new DateOnly(2026, 11, 24), 7.8m, "Ayşe Kaya", "93DQCEH54NB4", "https://minor.example.nl/verify/93DQCEH54NB4",
        "Minor Samenlevingsopbouw");

    public static TranscriptDocument Transcript { get; } = new(
        "Nguyễn Thị Hương", "Hogeschool Midden", "Minor Samenlevingsopbouw", new DateOnly(2026, 11, 24),
        Enumerable.Range(1, 40).Select(i => new TranscriptLine($"M{i}", $"Module {i}: participatie, democratie en beleid in de wijk", 5m, 7.5m, true, new DateOnly(2026, 6, 1))).ToList(),
        200m, "93DQCEH54NB4", "https://minor.example.nl/verify/93DQCEH54NB4", "nl");
}
