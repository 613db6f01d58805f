using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.Assessment.Jobs;
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

    /// <summary>The recurring job's own method, resolved and run the way Hangfire's activator does.</summary>
    private async Task<RetentionResult> RunAsync()
    {
        await using var scope = Platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HandInRetentionJob>().RunAsync(CancellationToken.None);
    }
}
