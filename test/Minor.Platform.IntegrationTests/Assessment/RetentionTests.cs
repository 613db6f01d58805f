using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.Assessment.Jobs;
using Minor.Platform.Certificates.Jobs;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Assessment;

/// <summary>Retention: hand-ins go two years after the grade is final, files and rows, unless a legal hold keeps them.</summary>
public sealed class RetentionTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task HandInRetention_RemovesOldGradedWork_ButNotUnderALegalHold_AndLogsEachRun()
    {
        var cohortId = await CohortOfAsync("noord");
        var zoe = await MyIdAsync(DemoAccounts.Student("noord"));
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        var assessmentId = await ModuleGrades.EnsurePublishedPlanAsync(lecturer, cohortId, "M1");
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n"));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "files", "paper.pdf");
        var fileId = (await ReadJsonAsync(await student.PostAsync($"/api/v1/assessments/{assessmentId}/hand-ins", form)))
            .GetProperty("files")[0].GetProperty("id").GetGuid();
        await ModuleGrades.PublishAsync(lecturer, cohortId, "M1", zoe, 7.0m);

        (await RunAsync()).ShouldBe(new RetentionResult(0, 0), "a grade made final today keeps its hand-in");
        await ExecuteSqlAsync("UPDATE assessment.student_grades SET published_at = now() - interval '3 years'");

        using var examBoard = await SignedInAsync(DemoAccounts.ExamBoard("noord"));
        using var placed = await examBoard.PostAsJsonAsync($"/api/v1/students/{zoe}/legal-holds", new { reason = "Beroep bij het CBE loopt" });
        placed.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await RunAsync()).ShouldBe(new RetentionResult(0, 1));
        (await lecturer.GetAsync($"/api/v1/hand-in-files/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var holdId = (await ReadJsonAsync(placed)).GetProperty("id").GetGuid();
        (await examBoard.DeleteAsync($"/api/v1/legal-holds/{holdId}")).EnsureSuccessStatusCode();
        (await RunAsync()).ShouldBe(new RetentionResult(1, 0));
        (await lecturer.GetAsync($"/api/v1/hand-in-files/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await student.GetFromJsonAsync<JsonElement>($"/api/v1/me/assessments/{assessmentId}/hand-ins")).GetArrayLength().ShouldBe(0);
        (await RunAsync()).ShouldBe(new RetentionResult(0, 0), "a second run finds nothing left to do");

        await using var connection = new Npgsql.NpgsqlConnection(Platform.ConnectionString);
        await connection.OpenAsync();
        await using var log = new Npgsql.NpgsqlCommand("SELECT count(*), sum(removed) FROM assessment.retention_log WHERE kind = 'hand-ins'", connection);
        await using var reader = await log.ExecuteReaderAsync();
        await reader.ReadAsync();
        reader.GetInt64(0).ShouldBe(4);
        reader.GetInt64(1).ShouldBe(1);

        using var zuidBoard = await SignedInAsync(DemoAccounts.ExamBoard("zuid"));
        (await zuidBoard.PostAsJsonAsync($"/api/v1/students/{zoe}/legal-holds", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuidBoard.DeleteAsync($"/api/v1/legal-holds/{holdId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuidBoard.GetAsync($"/api/v1/students/{zoe}/legal-holds")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var holds = await examBoard.GetFromJsonAsync<JsonElement>($"/api/v1/students/{zoe}/legal-holds");
        holds[0].GetProperty("liftedAt").ValueKind.ShouldNotBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task RecordRetention_RemovesGradesAfterSevenYears_AndResultsAndCertificatesAfterFifty_ButNotUnderALegalHold()
    {
        var zoe = await PublishResultAsync("noord", "M1", 7.5m);
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        var certificate = await IssuedCertificateAsync(student, "M1");
        var code = certificate.GetProperty("verificationCode").GetString()!;
        var grades = await CountAsync($"SELECT count(*) FROM assessment.student_grades WHERE student_id = '{zoe}' AND published_at IS NOT NULL");
        grades.ShouldBeGreaterThan(0);
        (await CountAsync($"SELECT count(*) FROM assessment.grade_audit WHERE student_id = '{zoe}'")).ShouldBeGreaterThan(0);

        var nothing = new RetentionResult(0, 0);
        (await RunRecordsAsync()).ShouldBe(new RecordRetentionResult(nothing, nothing), "records made final today stay");

        await ExecuteSqlAsync($"UPDATE assessment.student_grades SET published_at = now() - interval '8 years' WHERE student_id = '{zoe}'");
        using var examBoard = await SignedInAsync(DemoAccounts.ExamBoard("noord"));
        using var placed = await examBoard.PostAsJsonAsync($"/api/v1/students/{zoe}/legal-holds", new { reason = "Fraudezaak in behandeling" });
        var holdId = (await ReadJsonAsync(placed)).GetProperty("id").GetGuid();
        (await RunRecordsAsync()).ShouldBe(new RecordRetentionResult(new RetentionResult(0, grades), nothing));

        (await examBoard.DeleteAsync($"/api/v1/legal-holds/{holdId}")).EnsureSuccessStatusCode();
        (await RunRecordsAsync()).ShouldBe(new RecordRetentionResult(new RetentionResult(grades, 0), nothing));
        foreach (var table in new[] { "student_grades", "examiner_grades", "grade_audit" })
        {
            (await CountAsync($"SELECT count(*) FROM assessment.{table} WHERE student_id = '{zoe}'")).ShouldBe(0, table);
        }

        (await CountAsync($"SELECT count(*) FROM assessment.module_results WHERE student_id = '{zoe}'")).ShouldBe(1, "the module result is kept with the certificate");
        (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).GetArrayLength().ShouldBeGreaterThan(0);

        await ExecuteSqlAsync($"UPDATE assessment.module_results SET published_at = now() - interval '51 years' WHERE student_id = '{zoe}'");
        await ExecuteSqlAsync($"UPDATE certificates.certificates SET issued_at = now() - interval '51 years' WHERE student_id = '{zoe}'");
        var certificates = await CountAsync($"SELECT count(*) FROM certificates.certificates WHERE student_id = '{zoe}'");
        using var heldAgain = await examBoard.PostAsJsonAsync($"/api/v1/students/{zoe}/legal-holds", new { reason = "Beroep bij het CBE loopt" });
        (await RunCertificatesAsync()).ShouldBe(new CertificateRetentionResult(0, certificates), "a hold in the assessment module keeps the certificates");

        (await examBoard.DeleteAsync($"/api/v1/legal-holds/{(await ReadJsonAsync(heldAgain)).GetProperty("id").GetGuid()}")).EnsureSuccessStatusCode();
        (await RunCertificatesAsync()).ShouldBe(new CertificateRetentionResult(certificates, 0));
        (await RunAsync<ReconcileCertificatesJob, ReconciliationResult>(job => job.RunAsync(CancellationToken.None))).Created.ShouldBe(0, "the safety net does not bring back what retention removed");
        (await Anonymous().GetAsync($"/api/v1/verify/{code}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CountAsync($"SELECT count(*) FROM certificates.audit WHERE certificate_id NOT IN (SELECT id FROM certificates.certificates)")).ShouldBe(0);

        (await RunRecordsAsync()).ShouldBe(new RecordRetentionResult(nothing, new RetentionResult(1, 0)));
        (await CountAsync("SELECT count(*) FROM assessment.retention_log WHERE kind = 'module-results' AND removed = 1")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM certificates.retention_log")).ShouldBe(2);
    }

    private Task<RetentionResult> RunAsync() => RunAsync<HandInRetentionJob, RetentionResult>(job => job.RunAsync(CancellationToken.None));

    private Task<RecordRetentionResult> RunRecordsAsync() => RunAsync<AssessmentRecordRetentionJob, RecordRetentionResult>(job => job.RunAsync(CancellationToken.None));

    private Task<CertificateRetentionResult> RunCertificatesAsync() => RunAsync<CertificateRetentionJob, CertificateRetentionResult>(job => job.RunAsync(CancellationToken.None));

    /// <summary>A recurring job's own method, resolved and run the way Hangfire's activator does.</summary>
    private async Task<TResult> RunAsync<TJob, TResult>(Func<TJob, Task<TResult>> run)
        where TJob : notnull
    {
        await using var scope = Platform.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    private async Task<int> CountAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
