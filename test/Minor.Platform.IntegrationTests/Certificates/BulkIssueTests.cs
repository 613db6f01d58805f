using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.IntegrationTests.Intake;
using Minor.Platform.TestSupport;
using UglyToad.PdfPig;

namespace Minor.Platform.IntegrationTests.Certificates;

public sealed class BulkIssueTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task BulkIssue_ForACohort_IssuesWhatWasMissingAndZipsOnePdfPerStudent()
    {
        var cohortId = await CohortOfAsync("noord");
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        using var anonymous = Anonymous();
        using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications",
            IntakeApiTests.ValidApplication("thi.huong.nguyen@example.nl", "noord", "Z1"));
        var applicationId = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        using var admitted = await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { cohortId });
        var secondStudent = (await ReadJsonAsync(admitted)).GetProperty("studentId").GetGuid();

        var zoe = await PublishResultAsync("noord", "M1", 7.0m);
        await PublishResultAsync("noord", "M2", 6.0m);
        using (var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord")))
        {
            await ModuleGrades.PublishAsync(lecturer, cohortId, "M1", secondStudent, 9.0m);
        }

        using var zoeClient = await SignedInAsync(DemoAccounts.Student("noord"));
        await IssuedCertificateAsync(zoeClient, "M2");
        await ExecuteSqlAsync($"DELETE FROM certificates.certificates WHERE student_id = '{zoe}' AND subject_key = 'M2'");

        using var started = await coordinator.PostAsync($"/api/v1/cohorts/{cohortId}/certificates/issue", null);
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var jobId = (await ReadJsonAsync(started)).GetProperty("jobId").GetGuid();

        var progress = await EventuallyAsync(
            () => coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}"),
            p => p.GetProperty("state").GetString() == "completed",
            "the bulk issue to complete");
        progress.GetProperty("total").GetInt32().ShouldBe(3);
        progress.GetProperty("done").GetInt32().ShouldBe(3);
        progress.GetProperty("failed").GetInt32().ShouldBe(0);

        using var zipResponse = await coordinator.GetAsync($"/api/v1/jobs/{jobId}/zip");
        zipResponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        using var zip = new ZipArchive(await zipResponse.Content.ReadAsStreamAsync());
        zip.Entries.Select(e => e.Name).ShouldBe(["Fatima El Amrani.pdf", "Zoë Đurić-Şahin.pdf"], ignoreOrder: true);
        var codes = await VerificationCodesAsync(coordinator, ("Zoë Đurić-Şahin", zoe), ("Fatima El Amrani", secondStudent));
        foreach (var entry in zip.Entries)
        {
            using var buffer = new MemoryStream();
            await using (var stream = entry.Open())
            {
                await stream.CopyToAsync(buffer);
            }

            var pdf = buffer.ToArray();
            using var document = PdfDocument.Open(pdf);
            var pages = document.GetPages().Select(p => string.Concat(p.GetWords().Select(w => w.Text))).ToList();
            var expected = codes[entry.Name[..^4]];
            pages.Count.ShouldBe(expected.Count, entry.Name);
            expected.ShouldAllBe(code => pages.Any(page => page.Contains(code)));
            var check = await Qpdf.CheckAsync(pdf);
            check.Ok.ShouldBeTrue($"{entry.Name}: {check.Output}");
        }

        using var zuid = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        (await zuid.GetAsync($"/api/v1/jobs/{jobId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuid.PostAsync($"/api/v1/cohorts/{cohortId}/certificates/issue", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>Each student's issued certificates' verification codes, by name.</summary>
    private static async Task<Dictionary<string, List<string>>> VerificationCodesAsync(HttpClient coordinator, params (string Name, Guid Id)[] students)
    {
        var codes = new Dictionary<string, List<string>>();
        foreach (var (name, id) in students)
        {
            codes[name] = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/students/{id}/certificates")).EnumerateArray()
                .Where(c => c.GetProperty("status").GetString() == "issued").Select(c => c.GetProperty("verificationCode").GetString()!).ToList();
        }

        return codes;
    }
}
