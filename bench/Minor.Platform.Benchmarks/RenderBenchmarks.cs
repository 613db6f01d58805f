using BenchmarkDotNet.Attributes;
using Microsoft.Playwright;
using Minor.Platform.Certificates.Rendering;
using Minor.Platform.TestSupport;

namespace Minor.Platform.Benchmarks;

/// <summary>One certificate and one 40-module transcript with our SkiaSharp layer, against HTML printed by Chromium.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private readonly CertificatePdfRenderer _certificates = new();
    private readonly TranscriptPdfRenderer _transcripts = new();
    private readonly string _html = CertificateHtml.For(SampleDocuments.Certificate);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        _page = await _browser.NewPageAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _browser!.DisposeAsync();
        _playwright!.Dispose();
    }

    [Benchmark(Baseline = true)]
    public byte[] SkiaCertificate() => _certificates.Render(SampleDocuments.Certificate);

    [Benchmark]
    public byte[] SkiaTranscript40Modules() => _transcripts.Render(SampleDocuments.Transcript);

    [Benchmark]
    public async Task<byte[]> ChromiumHtmlCertificate()
    {
        await _page!.SetContentAsync(_html);
        return await _page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
    }
}
