using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Assessment;

/// <summary>Hand-ins: types by content, safe names, a SHA-256 receipt, the deadline window, and who may read the files.</summary>
public sealed class HandInTests(PlatformFactory platform) : PlatformTest(platform)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    [Fact]
    public async Task Student_HandsInBeforeTheDeadline_GetsAReceipt_AndOnlyTheirExaminersReadTheFiles()
    {
        var assessmentId = await PublishedAssessmentAsync("M1", DateTimeOffset.UtcNow.AddDays(7), null, "refuse");
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        var docx = Docx();

        using var response = await student.PostAsync($"/api/v1/assessments/{assessmentId}/hand-ins", Files(("../../Positioneringspaper Zoë.pdf", Pdf), ("bijlage.docx", docx)));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var handIn = await ReadJsonAsync(response);
        handIn.GetProperty("attempt").GetInt32().ShouldBe(1);
        handIn.GetProperty("late").GetBoolean().ShouldBeFalse();
        var files = handIn.GetProperty("files").EnumerateArray().ToList();
        files.Select(f => f.GetProperty("name").GetString()).ShouldBe(["Positioneringspaper Zoë.pdf", "bijlage.docx"]);
        files[0].GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Pdf)));
        files[1].GetProperty("contentType").GetString().ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        (await student.GetFromJsonAsync<JsonElement>($"/api/v1/me/assessments/{assessmentId}/hand-ins")).GetArrayLength().ShouldBe(1);

        using var examiner = await SignedInAsync(DemoAccounts.SecondLecturer("noord"));
        var seen = await examiner.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{assessmentId}/hand-ins");
        var fileId = seen[0].GetProperty("files")[0].GetProperty("id").GetGuid();
        using var download = await examiner.GetAsync($"/api/v1/hand-in-files/{fileId}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);

        using var zuidStudent = await SignedInAsync(DemoAccounts.Student("zuid"));
        using var zuidExaminer = await SignedInAsync(DemoAccounts.Lecturer("zuid"));
        (await zuidStudent.GetAsync($"/api/v1/hand-in-files/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuidExaminer.GetAsync($"/api/v1/hand-in-files/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuidExaminer.GetAsync($"/api/v1/assessments/{assessmentId}/hand-ins")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuidStudent.PostAsync($"/api/v1/assessments/{assessmentId}/hand-ins", Files(("x.pdf", Pdf)))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var connection = new Npgsql.NpgsqlConnection(Platform.ConnectionString);
        await connection.OpenAsync();
        await using var keys = new Npgsql.NpgsqlCommand("SELECT string_agg(blob_key, ' ') FROM assessment.hand_in_files", connection);
        var stored = (string)(await keys.ExecuteScalarAsync())!;
        stored.ShouldNotContain("Positioneringspaper");
        stored.ShouldNotContain("..");
    }

    [Fact]
    public async Task HandIn_RefusedTypesEmptyOrOversizedFiles_GetAClearErrorAndStoreNothing()
    {
        var assessmentId = await PublishedAssessmentAsync("M1", DateTimeOffset.UtcNow.AddDays(7), null, "markLate");
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));

        using var executable = await student.PostAsync($"/api/v1/assessments/{assessmentId}/hand-ins",
            Files(("verslag.pdf", Encoding.ASCII.GetBytes("MZ\u0090\0 this is a program")), ("goed.pdf", Pdf)));
        using var empty = await student.PostAsync($"/api/v1/assessments/{assessmentId}/hand-ins", Files(("leeg.pdf", [])));
        using var none = await student.PostAsync($"/api/v1/assessments/{assessmentId}/hand-ins", new MultipartFormDataContent());
        var large = new byte[(25 * 1024 * 1024) + 1];
        Pdf.CopyTo(large, 0);
        using var oversized = await student.PostAsync($"/api/v1/assessments/{assessmentId}/hand-ins", Files(("groot.pdf", large)));

        new[] { executable, empty, none, oversized }.Select(r => r.StatusCode).ShouldAllBe(status => status == HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(executable)).GetProperty("errors").GetProperty("files")[0].GetString()!.ShouldContain("verslag.pdf is geen pdf");
        (await ReadJsonAsync(empty)).GetProperty("errors").GetProperty("files")[0].GetString()!.ShouldContain("leeg");
        (await ReadJsonAsync(none)).GetProperty("errors").GetProperty("files")[0].GetString()!.ShouldContain("ten minste één bestand");
        (await ReadJsonAsync(oversized)).GetProperty("errors").GetProperty("files")[0].GetString()!.ShouldContain("groter dan 25 MB");
        (await student.GetFromJsonAsync<JsonElement>($"/api/v1/me/assessments/{assessmentId}/hand-ins")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task HandIn_AfterTheDeadline_IsRefusedOrMarkedLateAsTheAssessmentSays_AndTheResitWindowIsAttemptTwo()
    {
        var refusing = await PublishedAssessmentAsync("M2", DateTimeOffset.UtcNow.AddDays(-1), null, "refuse");
        var marking = await PublishedAssessmentAsync("M3", DateTimeOffset.UtcNow.AddDays(-1), null, "markLate");
        var resit = await PublishedAssessmentAsync("M4", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(20), "refuse");
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));

        using var refused = await student.PostAsync($"/api/v1/assessments/{refusing}/hand-ins", Files(("rapport.pdf", Pdf)));
        using var late = await student.PostAsync($"/api/v1/assessments/{marking}/hand-ins", Files(("portfolio.pdf", Pdf)));
        using var second = await student.PostAsync($"/api/v1/assessments/{resit}/hand-ins", Files(("advies.pdf", Pdf)));

        (await ReadJsonAsync(refused)).GetProperty("code").GetString().ShouldBe("Assessment:HandInClosed");
        late.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ReadJsonAsync(late)).GetProperty("late").GetBoolean().ShouldBeTrue();
        var attempt = await ReadJsonAsync(second);
        attempt.GetProperty("attempt").GetInt32().ShouldBe(2);
        attempt.GetProperty("late").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task AFullHandIn_PassesThroughTheWebProcess_WithoutBeingHeldInMemory()
    {
        var assessmentId = await PublishedAssessmentAsync("M1", DateTimeOffset.UtcNow.AddDays(7), null, "refuse");
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        using var examiner = await SignedInAsync(DemoAccounts.SecondLecturer("noord"));
        var part = new byte[8 * 1024 * 1024];
        Random.Shared.NextBytes(part);
        Pdf.CopyTo(part, 0);
        var upload = Files([.. Enumerable.Range(1, 10).Select(n => ($"hoofdstuk {n}.pdf", part))]);

        var beforeUpload = GC.GetTotalAllocatedBytes(precise: true);
        using var response = await student.PostAsync($"/api/v1/assessments/{assessmentId}/hand-ins", upload);
        var allocatedByUpload = GC.GetTotalAllocatedBytes(precise: true) - beforeUpload;

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var files = (await ReadJsonAsync(response)).GetProperty("files").EnumerateArray().ToList();
        files.Count.ShouldBe(10);
        files.ShouldAllBe(f => f.GetProperty("sha256").GetString() == Convert.ToHexStringLower(SHA256.HashData(part)));
        files.ShouldAllBe(f => f.GetProperty("size").GetInt64() == part.Length);

        var beforeDownload = GC.GetTotalAllocatedBytes(precise: true);
        using var download = await examiner.GetAsync($"/api/v1/hand-in-files/{files[^1].GetProperty("id").GetGuid()}", HttpCompletionOption.ResponseHeadersRead);
        var downloadedSha256 = await SHA256.HashDataAsync(await download.Content.ReadAsStreamAsync());
        var allocatedByDownload = GC.GetTotalAllocatedBytes(precise: true) - beforeDownload;

        downloadedSha256.ShouldBe(SHA256.HashData(part));
        download.Content.Headers.ContentLength.ShouldBe(part.Length);
        allocatedByUpload.ShouldBeLessThan(10L * part.Length / 4, "80 MB of hand-in streams to disk instead of into memory");
        allocatedByDownload.ShouldBeLessThan(part.Length / 4, "a file streams from disk to the examiner");
    }

    /// <summary>A published plan for the module with one assessment that weighs 100 % and covers every learning outcome.</summary>
    private async Task<Guid> PublishedAssessmentAsync(string module, DateTimeOffset deadline, DateTimeOffset? resitDeadline, string lateHandIn)
    {
        var cohortId = await CohortOfAsync("noord");
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        var plan = await lecturer.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/modules/{module}/assessment-plan");
        using var created = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/{module}/assessments", new
        {
            title = "Eindopdracht", type = "paper", weight = 100, scale = "numeric", examinersRequired = 1, deadline, resitDeadline, lateHandIn,
            learningOutcomeCodes = plan.GetProperty("learningOutcomes").EnumerateArray().Select(o => o.GetProperty("code").GetString()).ToArray(),
        });
        created.EnsureSuccessStatusCode();
        (await lecturer.PostAsync($"/api/v1/cohorts/{cohortId}/modules/{module}/assessment-plan/publish", null)).EnsureSuccessStatusCode();
        return (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
    }

    private static MultipartFormDataContent Files(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, "files", name);
        }

        return form;
    }

    private static byte[] Docx()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "word/document.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<xml/>");
            }
        }

        return buffer.ToArray();
    }
}
