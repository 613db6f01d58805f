using System.Diagnostics;

namespace Minor.Platform.TestSupport;

/// <summary>Checks a PDF's structure with qpdf (Debian's package, installed by etc/test.sh), an independent tool.</summary>
public static class Qpdf
{
    public static async Task<(bool Ok, string Output)> CheckAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"minor-qpdf-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("qpdf", ["--check", path])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode == 0, output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
