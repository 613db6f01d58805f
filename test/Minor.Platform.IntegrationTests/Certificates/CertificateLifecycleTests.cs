using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.Certificates.Jobs;
using Minor.Platform.TestSupport;
using UglyToad.PdfPig;

namespace Minor.Platform.IntegrationTests.Certificates;

/// <summary>Revocation, reissue, transcripts and the reconciliation safety net, on PostgreSQL with real Hangfire jobs.</summary>
public sealed class CertificateLifecycleTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task Revoke_WithReason_ShowsOnVerificationAtOnceAndIsLogged()
    {
        await PublishResultAsync("noord", "M1", 8.0m);
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        var certificate = await IssuedCertificateAsync(student, "M1");
        var id = certificate.GetProperty("id").GetGuid();
        var code = certificate.GetProperty("verificationCode").GetString();
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));

        using var withoutReason = await coordinator.PostAsJsonAsync($"/api/v1/certificates/{id}/revoke", new { reason = " " });
        using var otherInstitution = await (await SignedInAsync(DemoAccounts.Coordinator("zuid"))).PostAsJsonAsync($"/api/v1/certificates/{id}/revoke", new { reason = "x" });
        using var byStudent = await student.PostAsJsonAsync($"/api/v1/certificates/{id}/revoke", new { reason = "x" });
        using var revoked = await coordinator.PostAsJsonAsync($"/api/v1/certificates/{id}/revoke", new { reason = "Fraude vastgesteld door de examencommissie" });
        using var again = await coordinator.PostAsJsonAsync($"/api/v1/certificates/{id}/revoke", new { reason = "nogmaals" });

        withoutReason.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(withoutReason)).GetProperty("errors").GetProperty("reason")[0].GetString().ShouldBe("Geef een reden op.");
        otherInstitution.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        byStudent.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        revoked.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        again.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(again)).GetProperty("code").GetString().ShouldBe("Certificates:NotIssued");

        using var anonymous = Anonymous();
        var verification = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/verify/{code}");
        verification.GetProperty("status").GetString().ShouldBe("revoked");
        verification.GetProperty("revocationReason").GetString().ShouldBe("Fraude vastgesteld door de examencommissie");
        verification.GetProperty("revokedOn").GetString().ShouldNotBeNull();
        var page = await anonymous.GetStringAsync($"/verify/{code}");
        page.ShouldContain("Dit certificaat is ingetrokken");
        page.ShouldContain("Fraude vastgesteld door de examencommissie");

        using var examBoard = await SignedInAsync(DemoAccounts.ExamBoard("noord"));
        var history = await examBoard.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}/history");
        history.EnumerateArray().Select(h => h.GetProperty("action").GetString()).ShouldBe(["issued", "revoked"]);
        (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates"))[0].GetProperty("status").GetString().ShouldBe("revoked");
        (await student.GetAsync($"/api/v1/certificates/{id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reissue_MakesANewCodeAndTheOldOneVerifiesAsReplaced()
    {
        await PublishResultAsync("zuid", "M4", 6.5m);
        using var student = await SignedInAsync(DemoAccounts.Student("zuid"));
        var original = await IssuedCertificateAsync(student, "M4");
        var oldCode = original.GetProperty("verificationCode").GetString()!;
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("zuid"));

        using var reissued = await coordinator.PostAsJsonAsync(
            $"/api/v1/certificates/{original.GetProperty("id").GetGuid()}/reissue", new { reason = "Naam gecorrigeerd" });

        reissued.StatusCode.ShouldBe(HttpStatusCode.Created);
        var newCode = (await ReadJsonAsync(reissued)).GetProperty("verificationCode").GetString()!;
        newCode.ShouldNotBe(oldCode);
        var current = await IssuedCertificateAsync(student, "M4");
        current.GetProperty("verificationCode").GetString().ShouldBe(newCode);
        (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).GetArrayLength().ShouldBe(1);

        using var anonymous = Anonymous();
        var old = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/verify/{oldCode}");
        old.GetProperty("status").GetString().ShouldBe("replaced");
        old.GetProperty("replacedBy").GetString().ShouldBe(newCode);
        (await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/verify/{newCode}")).GetProperty("status").GetString().ShouldBe("valid");

        var pdf = await student.GetByteArrayAsync($"/api/v1/certificates/{current.GetProperty("id").GetGuid()}/pdf");
        using var document = PdfDocument.Open(pdf);
        string.Concat(document.GetPage(1).GetWords().Select(w => w.Text)).ShouldContain(newCode);
        var check = await Qpdf.CheckAsync(pdf);
        check.Ok.ShouldBeTrue(check.Output);
    }

    [Fact]
    public async Task Reissue_InEnglishOnRequest_IsAnEnglishCertificate()
    {
        await PublishResultAsync("midden", "M4", 7.0m);
        using var student = await SignedInAsync(DemoAccounts.Student("midden"));
        var original = await IssuedCertificateAsync(student, "M4");
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("midden"));

        using var reissued = await coordinator.PostAsJsonAsync(
            $"/api/v1/certificates/{original.GetProperty("id").GetGuid()}/reissue", new { reason = "Engelse versie aangevraagd", language = "en" });

        reissued.StatusCode.ShouldBe(HttpStatusCode.Created);
        var english = await IssuedCertificateAsync(student, "M4 Participation");
        var pdf = await student.GetByteArrayAsync($"/api/v1/certificates/{english.GetProperty("id").GetGuid()}/pdf");
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPage(1).GetWords().Select(w => w.Text));
        text.ShouldContain("CERTIFICATE");
        text.ShouldContain("has successfully completed the module");
        text.ShouldContain("Final grade 7.0");
        document.Information.Title.ShouldStartWith("Certificate M4");
    }

    [Fact]
    public async Task Transcript_ListsEveryModuleWithGrades_AndANewRequestReplacesTheOld()
    {
        await PublishResultAsync("noord", "M1", 7.5m);
        await PublishResultAsync("noord", "M2", 4.8m);
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));

        using var requested = await student.PostAsync("/api/v1/me/transcript", null);

        requested.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var transcript = await IssuedCertificateAsync(student, "Cijferlijst");
        transcript.GetProperty("kind").GetString().ShouldBe("transcript");
        var pdf = await student.GetByteArrayAsync($"/api/v1/certificates/{transcript.GetProperty("id").GetGuid()}/pdf");
        (await Qpdf.CheckAsync(pdf)).Ok.ShouldBeTrue();
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            text.ShouldContain("Cijferlijst");
            text.ShouldContain("Zoë");
            text.ShouldContain("Đurić-Şahin");
            text.ShouldContain("Fundamenten");
            text.ShouldContain("7,5");
            text.ShouldContain("4,8");
            text.ShouldContain("Behaalde EC: 5 EC");
            text.ShouldContain(transcript.GetProperty("verificationCode").GetString()!);
        }

        using var english = await student.PostAsync("/api/v1/me/transcript?language=en", null);
        var second = await IssuedCertificateAsync(student, "Transcript");
        second.GetProperty("verificationCode").GetString().ShouldNotBe(transcript.GetProperty("verificationCode").GetString());
        using var anonymous = Anonymous();
        var old = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/verify/{transcript.GetProperty("verificationCode").GetString()}");
        old.GetProperty("status").GetString().ShouldBe("replaced");
        using var document2 = PdfDocument.Open(await student.GetByteArrayAsync($"/api/v1/certificates/{second.GetProperty("id").GetGuid()}/pdf"));
        string.Join(" ", document2.GetPage(1).GetWords().Select(w => w.Text)).ShouldContain("EC achieved: 5 EC");
    }

    [Fact]
    public async Task CheckDocument_TheIssuedPdfMatches_AnAlteredOneDoesNot()
    {
        await PublishResultAsync("midden", "M2", 8.5m);
        using var student = await SignedInAsync(DemoAccounts.Student("midden"));
        var certificate = await IssuedCertificateAsync(student, "M2");
        var code = certificate.GetProperty("verificationCode").GetString();
        var pdf = await student.GetByteArrayAsync($"/api/v1/certificates/{certificate.GetProperty("id").GetGuid()}/pdf");
        var altered = pdf.ToArray();
        altered[altered.Length / 2] ^= 0x20;
        using var anonymous = Anonymous();

        async Task<HttpResponseMessage> CheckAsync(string verificationCode, byte[] content)
        {
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(content), "document", "certificaat.pdf");
            return await anonymous.PostAsync($"/api/v1/verify/{verificationCode}/document", form);
        }

        using var same = await CheckAsync(code!, pdf);
        using var changed = await CheckAsync(code!, altered);
        using var unknown = await CheckAsync("ABCDEFGHJKMN", pdf);

        (await ReadJsonAsync(same)).GetProperty("matches").GetBoolean().ShouldBeTrue();
        (await ReadJsonAsync(changed)).GetProperty("matches").GetBoolean().ShouldBeFalse();
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task FailedRender_IsVisibleToTheCoordinator_AndARetryIssuesIt()
    {
        // The blob store cannot write: a file stands where the institution's certificate folder belongs.
        var institutionId = Guid.Parse((await ScalarTextAsync("SELECT id::text FROM identity.institutions WHERE code = 'zuid'"))!);
        var blocker = Path.Combine(Platform.DataFolder, "blobs", "certificates", institutionId.ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(blocker)!);
        await File.WriteAllTextAsync(blocker, "not a folder");
        try
        {
            await PublishResultAsync("zuid", "M5", 8.0m);
            var html = await EventuallyAsync(() => CoordinatorPageAsync(DemoAccounts.Coordinator("zuid")),
                page => page.Contains("Aanmaken mislukt", StringComparison.Ordinal), "the failure to show");
            html.ShouldContain("IOException");
        }
        finally
        {
            File.Delete(blocker);
        }

        var pendingId = Guid.Parse((await ScalarTextAsync("SELECT id::text FROM certificates.certificates WHERE subject_key = 'M5'"))!);
        await using (var scope = Platform.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RenderCertificateJob>().RunAsync(pendingId, CancellationToken.None);
        }

        using var student = await SignedInAsync(DemoAccounts.Student("zuid"));
        await IssuedCertificateAsync(student, "M5");
        (await ScalarTextAsync("SELECT coalesce(last_render_error, 'none') FROM certificates.certificates WHERE subject_key = 'M5'")).ShouldBe("none");
    }

    /// <summary>The coordinator's /certificates page as a signed-in browser gets it.</summary>
    private async Task<string> CoordinatorPageAsync(string email)
    {
        using var browser = await BrowserAsync(email);
        return await browser.GetStringAsync("/certificates");
    }

    private async Task<string?> ScalarTextAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task Reconciliation_RestoresALostCertificateAndRendersAStalePendingOne()
    {
        await PublishResultAsync("midden", "M3", 9.0m);
        await PublishResultAsync("midden", "M5", 6.0m);
        using var student = await SignedInAsync(DemoAccounts.Student("midden"));
        await IssuedCertificateAsync(student, "M3");
        await IssuedCertificateAsync(student, "M5");

        // A lost event: M3's certificate never came to be. A crashed render: M5's is pending with no job.
        await ExecuteSqlAsync("DELETE FROM certificates.certificates WHERE subject_key = 'M3'");
        await ExecuteSqlAsync(
            "UPDATE certificates.certificates SET status = 'Pending', pdf_blob_key = NULL, issued_at = NULL, created_at = now() - interval '1 hour' WHERE subject_key = 'M5'");

        await using var scope = Platform.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ReconcileCertificatesJob>().RunAsync(CancellationToken.None);
        var again = await scope.ServiceProvider.GetRequiredService<ReconcileCertificatesJob>().RunAsync(CancellationToken.None);

        result.Created.ShouldBe(1);
        result.Rerendered.ShouldBe(1);
        again.Created.ShouldBe(0);
        await IssuedCertificateAsync(student, "M3");
        await IssuedCertificateAsync(student, "M5");
        (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).GetArrayLength().ShouldBe(2);
    }
}
