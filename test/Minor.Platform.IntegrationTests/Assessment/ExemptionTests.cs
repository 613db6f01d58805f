using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;
using UglyToad.PdfPig;

namespace Minor.Platform.IntegrationTests.Assessment;

/// <summary>Exemptions (vrijstellingen): the examencommissie decides, the module counts as VR, the minor can complete, the transcript says VR.</summary>
public sealed class ExemptionTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task GrantedExemption_MakesTheModuleVR_CountsTowardsTheMinor_AndShowsOnTheTranscript()
    {
        var cohortId = await CohortOfAsync("noord");
        var zoe = await MyIdAsync(DemoAccounts.Student("noord"));
        using var examBoard = await SignedInAsync(DemoAccounts.ExamBoard("noord"));
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));

        using var granted = await examBoard.PostAsJsonAsync($"/api/v1/students/{zoe}/exemptions", new
        {
            moduleCode = "M1", decision = "granted", reason = "EVC-portfolio: tien jaar wijkagent, Canon-kennis aangetoond",
        });

        granted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadJsonAsync(granted)).GetProperty("decision").GetString().ShouldBe("granted");
        (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/exemptions"))[0].GetProperty("moduleCode").GetString().ShouldBe("M1");
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        var result = (await lecturer.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/modules/M1/results"))
            .EnumerateArray().Single(r => r.GetProperty("studentId").GetGuid() == zoe);
        result.GetProperty("outcome").GetString().ShouldBe("exempt");
        result.GetProperty("code").GetString().ShouldBe("VR");
        (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).GetArrayLength().ShouldBe(0, "an exemption earns no module certificate");
        using (var export = new System.IO.Compression.ZipArchive(new MemoryStream(await student.GetByteArrayAsync("/api/v1/me/personal-data"))))
        using (var tracks = new StreamReader(export.GetEntry("tracks.json")!.Open()))
        {
            (await tracks.ReadToEndAsync()).ShouldContain("EVC-portfolio");
        }


        foreach (var module in new[] { "M2", "M3", "M4", "M5" })
        {
            await PublishResultAsync("noord", module, 7.0m);
        }

        var minor = await IssuedCertificateAsync(student, "Minor");
        minor.GetProperty("kind").GetString().ShouldBe("minor");
        (await student.PostAsync("/api/v1/me/transcript", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var transcript = await IssuedCertificateAsync(student, "Cijferlijst");
        using var document = PdfDocument.Open(await student.GetByteArrayAsync($"/api/v1/certificates/{transcript.GetProperty("id").GetGuid()}/pdf"));
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        text.ShouldContain("M1 Fundamenten van samenlevingsopbouw 5 VR");
        text.ShouldContain("30 EC");
    }

    [Fact]
    public async Task Exemption_BadInputOrAnotherHogeschool_IsRefusedAndNothingIsRecorded()
    {
        var zoe = await MyIdAsync(DemoAccounts.Student("noord"));
        using var examBoard = await SignedInAsync(DemoAccounts.ExamBoard("noord"));
        using var zuidBoard = await SignedInAsync(DemoAccounts.ExamBoard("zuid"));
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));

        using var bad = await examBoard.PostAsJsonAsync($"/api/v1/students/{zoe}/exemptions", new { moduleCode = "M9", decision = "misschien", reason = "" });
        var errors = (await ReadJsonAsync(bad)).GetProperty("errors");
        errors.GetProperty("moduleCode").GetArrayLength().ShouldBe(1);
        errors.GetProperty("decision").GetArrayLength().ShouldBe(1);
        errors.GetProperty("reason")[0].GetString()!.ShouldContain("reden");
        (await zuidBoard.PostAsJsonAsync($"/api/v1/students/{zoe}/exemptions", new { moduleCode = "M1", decision = "granted", reason = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuidBoard.GetAsync($"/api/v1/students/{zoe}/exemptions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await lecturer.PostAsJsonAsync($"/api/v1/students/{zoe}/exemptions", new { moduleCode = "M1", decision = "granted", reason = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await examBoard.GetFromJsonAsync<JsonElement>($"/api/v1/students/{zoe}/exemptions")).GetArrayLength().ShouldBe(0);

        (await examBoard.PostAsJsonAsync($"/api/v1/students/{zoe}/exemptions", new { moduleCode = "M2", decision = "refused", reason = "Bewijs te oud" }))
            .EnsureSuccessStatusCode();
        (await examBoard.PostAsJsonAsync($"/api/v1/students/{zoe}/exemptions", new { moduleCode = "M2", decision = "granted", reason = "Nieuw bewijs" }))
            .EnsureSuccessStatusCode();
        using var again = await examBoard.PostAsJsonAsync($"/api/v1/students/{zoe}/exemptions", new { moduleCode = "M2", decision = "granted", reason = "Nog eens" });
        (await ReadJsonAsync(again)).GetProperty("code").GetString().ShouldBe("Tracks:ExemptionAlreadyGranted");
        (await examBoard.GetFromJsonAsync<JsonElement>($"/api/v1/students/{zoe}/exemptions")).EnumerateArray()
            .Select(x => x.GetProperty("decision").GetString()).ShouldBe(["refused", "granted"]);
    }
}
