using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Performance;

/// <summary>
/// No N+1 queries: the pages and endpoints that a growing cohort or history makes heavy send the same number of SQL
/// commands for a cohort of 2 as for a cohort of 8 (and for a short and a longer intake history).
/// </summary>
public sealed class QueryCountTests(PlatformFactory platform, Xunit.Abstractions.ITestOutputHelper output) : PlatformTest(platform)
{
    [Fact]
    public async Task PagesAndEndpoints_SendAsManyQueriesForALargerCohort()
    {
        var cohortId = await CohortBuilder.AdmitAndPassAsync(Platform.BaseAddress, "noord", 2, modules: ["M1"]);
        (await ActivateAsync("student1@noord.example.nl")).Dispose();
        var first = await MeasureAsync(cohortId);
        first.Values.ShouldAllBe(count => count > 0, "every measured request reads the database");

        await CohortBuilder.AdmitAndPassAsync(Platform.BaseAddress, "noord", 6, modules: ["M1"], firstNumber: 3);
        var second = await MeasureAsync(cohortId);

        foreach (var url in first.Keys)
        {
            output.WriteLine($"{url}: {first[url]} SQL commands with 2 students, {second[url]} with 8");
        }

        var grown = first.Keys.Where(url => second[url] > first[url]).Select(url => $"{url}: {first[url]} → {second[url]} commands").ToList();
        grown.ShouldBeEmpty(string.Join(Environment.NewLine, first.Keys.Select(url => $"{url}: {first[url]} → {second[url]}")));
    }

    private async Task<Dictionary<string, int>> MeasureAsync(Guid cohortId)
    {
        using var counter = new SqlCommandCounter();
        using var lecturer = await BrowserAsync(DemoAccounts.Lecturer("noord"));
        using var lecturerApi = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var student = await BrowserAsync("student1@noord.example.nl", ActivatedPassword);
        using var analyst = await BrowserAsync(DemoAccounts.Analyst);
        using var anonymous = Anonymous();
        var assessmentId = await ModuleGrades.EnsurePublishedPlanAsync(lecturerApi, cohortId, "M1");
        var certificates = await EventuallyAsync(
            async () => await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates"),
            c => c.GetArrayLength() > 0 && c[0].GetProperty("status").GetString() == "issued", "the first student's certificate");
        var code = certificates[0].GetProperty("verificationCode").GetString()!;

        var measured = new Dictionary<string, (HttpClient Client, string Url)>
        {
            ["gradebook page"] = (lecturer, $"/assessment/{cohortId}/gradebook"),
            ["gradebook API"] = (lecturerApi, $"/api/v1/cohorts/{cohortId}/gradebook"),
            ["toetsmatrijs page"] = (lecturer, $"/assessment/{cohortId}/M1"),
            ["grading page"] = (lecturer, $"/assessment/grade/{assessmentId}"),
            ["lecturer home"] = (lecturer, "/docent"),
            ["student home"] = (student, "/home"),
            ["student module page"] = (student, "/my/modules/M1"),
            ["national dashboard"] = (analyst, "/national"),
            ["verification page"] = (anonymous, $"/verify/{code}"),
            ["curriculum API"] = (anonymous, "/api/v1/curriculum/modules"),
        };

        var counts = new Dictionary<string, int>();
        foreach (var (name, (client, url)) in measured)
        {
            await counter.CountAsync(client, url);
            counts[name] = await counter.CountAsync(client, url);
        }

        return counts;
    }
}
