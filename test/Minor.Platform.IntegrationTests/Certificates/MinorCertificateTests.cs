using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.Certificates.Jobs;
using Minor.Platform.TestSupport;
using UglyToad.PdfPig;

namespace Minor.Platform.IntegrationTests.Certificates;

/// <summary>The last passing module completes the minor (Tracks), which earns the minor certificate (Certificates).</summary>
public sealed class MinorCertificateTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task LastPassingModule_CompletesTheMinor_AndIssuesThe30EcCertificate()
    {
        string[] modules = ["M1", "M2", "M3", "M4"];
        foreach (var module in modules)
        {
            await PublishResultAsync("noord", module, 7.0m);
        }

        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        await IssuedCertificateAsync(student, "M4");
        (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).EnumerateArray()
            .ShouldNotContain(c => c.GetProperty("kind").GetString() == "minor");

        await PublishResultAsync("noord", "M5", 5.5m);

        var minor = await IssuedCertificateAsync(student, "Minor Samenlevingsopbouw");
        minor.GetProperty("kind").GetString().ShouldBe("minor");
        var pdf = await student.GetByteArrayAsync($"/api/v1/certificates/{minor.GetProperty("id").GetGuid()}/pdf");
        (await Qpdf.CheckAsync(pdf)).Ok.ShouldBeTrue();
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text));
            text.ShouldContain("Zoë Đurić-Şahin");
            text.ShouldContain("Minor Samenlevingsopbouw");
            text.ShouldContain("30 EC");
            text.ShouldContain("Jeroen Dijkstra");
            text.ShouldContain("Coördinator van de minor, Hogeschool Noord");
        }

        using var anonymous = Anonymous();
        var verification = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/verify/{minor.GetProperty("verificationCode").GetString()}");
        verification.GetProperty("ec").GetDecimal().ShouldBe(30m);
        verification.GetProperty("status").GetString().ShouldBe("valid");

        // Lost: the reconciliation job issues it again, once.
        await ExecuteSqlAsync("DELETE FROM certificates.certificates WHERE kind = 'minor'");

        await using var scope = Platform.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<ReconcileCertificatesJob>().RunAsync(CancellationToken.None)).Created.ShouldBe(1);
        await IssuedCertificateAsync(student, "Minor Samenlevingsopbouw");
    }

    [Fact]
    public async Task FailedModule_LeavesTheMinorIncomplete()
    {
        foreach (var module in new[] { "M1", "M2", "M3", "M4" })
        {
            await PublishResultAsync("zuid", module, 8.0m);
        }

        await PublishResultAsync("zuid", "M5", 5.4m);

        using var student = await SignedInAsync(DemoAccounts.Student("zuid"));
        await IssuedCertificateAsync(student, "M4");
        var certificates = await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates");
        certificates.GetArrayLength().ShouldBe(4);
        certificates.EnumerateArray().ShouldNotContain(c => c.GetProperty("kind").GetString() == "minor");
    }
}
