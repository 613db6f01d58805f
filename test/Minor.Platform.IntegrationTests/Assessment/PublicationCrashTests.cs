using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Assessment;

/// <summary>
/// The process is killed while a lecturer publishes the last module's grades for a cohort, and started again: the
/// grades are published all at once, a publication the lecturer never saw acknowledged can be repeated without
/// publishing anything twice, and what the lost events would have done (completing the minor, issuing certificates) is done by the recurring
/// safety nets, each exactly once.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PublicationCrashTests : IAsyncLifetime
{
    private const int Students = 16;
    private IsolatedPlatform? _isolated;

    public async Task InitializeAsync() => _isolated = await IsolatedPlatform.CreateAsync("minor_publish");

    public async Task DisposeAsync() => await _isolated!.DisposeAsync();

    [Fact]
    public async Task GradePublication_KilledMidway_EndsWithEveryGradeCompletionAndCertificateOnce()
    {
        Guid assessmentId;
        await using (var first = await PlatformProcess.StartAsync(Environment(reconcileCron: NeverCron)))
        {
            var cohortId = await CohortBuilder.AdmitAndPassAsync(first.BaseAddress, "noord", Students, modules: ["M1", "M2", "M3", "M4"]);
            using var lecturer = await CohortBuilder.SignedInAsync(first.BaseAddress, DemoAccounts.Lecturer("noord"));
            using var coordinator = await CohortBuilder.SignedInAsync(first.BaseAddress, DemoAccounts.Coordinator("noord"));
            var students = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications")).EnumerateArray()
                .Select(a => a.GetProperty("studentId").GetGuid()).ToList();
            assessmentId = await ModuleGrades.EnsurePublishedPlanAsync(lecturer, cohortId, "M5");
            foreach (var student in students)
            {
                (await lecturer.PostAsJsonAsync($"/api/v1/assessments/{assessmentId}/grades", new { studentId = student, grade = 7.5m })).EnsureSuccessStatusCode();
            }

            // Kill after the grades are committed, while the events they raised are being handled: at the first completed minor.
            await using var hold = await InsertHold.CreateAsync(Database, "tracks.minor_completions");
            var publication = lecturer.PostAsync($"/api/v1/assessments/{assessmentId}/grades/publish", null);
            await hold.UntilHeldAsync();
            await first.KillAsync();
            (await Record.ExceptionAsync(() => publication)).ShouldBeOfType<HttpRequestException>(
                $"the lecturer never saw the publication acknowledged; the platform's log:\n{first.Output}");
        }

        (await PublishedAsync(assessmentId)).ShouldBe(Students, "one transaction: every grade or none");
        (await CountAsync("SELECT count(*) FROM tracks.minor_completions")).ShouldBeLessThan(Students, "the kill must land before the events were all handled");

        await using var second = await PlatformProcess.StartAsync(Environment());
        using var again = await CohortBuilder.SignedInAsync(second.BaseAddress, DemoAccounts.Lecturer("noord"));
        using var republished = await again.PostAsync($"/api/v1/assessments/{assessmentId}/grades/publish", null);
        (await republished.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()
            .ShouldBe("Assessment:NothingToPublish", "the lecturer who publishes again publishes nothing twice");

        await Eventually.UntilAsync(() => CountAsync("SELECT count(*) FROM certificates.certificates WHERE status = 'Issued'"),
            n => n == Students * 6, "every module and minor certificate", TimeSpan.FromMinutes(3));
        (await CountAsync("SELECT count(*) FROM tracks.minor_completions")).ShouldBe(Students);
        (await CountAsync("SELECT count(*) FROM (SELECT DISTINCT student_id, kind, subject_key FROM certificates.certificates) c")).ShouldBe(Students * 6);
        (await PublishedAsync(assessmentId)).ShouldBe(Students);
        (await CountAsync($"SELECT count(*) FROM assessment.grade_audit WHERE assessment_id = '{assessmentId}' AND kind = 'Published'")).ShouldBe(Students);
        await Eventually.UntilAsync(() => CountAsync("SELECT count(*) FROM intake.applications WHERE status = 'Completed'"),
            n => n == Students, "every application closed as afgerond", TimeSpan.FromMinutes(2));
    }

    private Task<long> CountAsync(string sql) => Database.ScalarAsync(sql);

    private Task<long> PublishedAsync(Guid assessmentId) =>
        CountAsync($"SELECT count(*) FROM assessment.student_grades WHERE assessment_id = '{assessmentId}' AND published_at IS NOT NULL");

    /// <summary>Until the kill only the publication completes minors: the safety nets wait for the second process.</summary>
    private const string NeverCron = "0 0 31 2 *";

    private Dictionary<string, string> Environment(string reconcileCron = "* * * * *") =>
        _isolated!.Environment(("Platform__Hangfire__InvisibilityTimeout", "00:00:05"), ("Platform__ReconcileCron", reconcileCron));

    private TestDatabase Database => _isolated!.Database;
}
