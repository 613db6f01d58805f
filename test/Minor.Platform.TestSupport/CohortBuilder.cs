using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Minor.Platform.TestSupport;

/// <summary>Fills a hogeschool's cohort through the public API, as coordinators and lecturers would.</summary>
public static class CohortBuilder
{
    public static readonly string[] Modules = ["M1", "M2", "M3", "M4", "M5"];

    /// <summary>A client with a bearer token from the password grant of the public client minor-cli.</summary>
    public static async Task<HttpClient> SignedInAsync(Uri baseAddress, string email, string password = DemoAccounts.Password)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "minor-cli", ["username"] = email, ["password"] = password,
        }));
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Applies and admits <paramref name="students"/> new students (student{n}@{institution}.example.nl, numbered from
    /// <paramref name="firstNumber"/>), then grades and publishes every module (or the <paramref name="modules"/> given)
    /// for them; returns the cohort id.
    /// </summary>
    public static async Task<Guid> AdmitAndPassAsync(
        Uri baseAddress, string institution, int students, decimal grade = 7.0m, IReadOnlyList<string>? modules = null, int firstNumber = 1)
    {
        using var coordinator = await SignedInAsync(baseAddress, DemoAccounts.Coordinator(institution));
        using var lecturer = await SignedInAsync(baseAddress, DemoAccounts.Lecturer(institution));
        using var anonymous = new HttpClient { BaseAddress = baseAddress };
        var cohortId = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/cohorts"))[0].GetProperty("id").GetGuid();
        var studentIds = new List<Guid>();
        for (var i = 0; i < students; i++)
        {
            using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", new
            {
                firstName = "Student", lastName = $"Nummer {firstNumber + i}", email = $"student{firstNumber + i}@{institution}.example.nl",
                institutionCode = institution, trackCode = "REG",
                background = new { sector = "Welzijn", yearsExperience = 2, educationLevel = "hbo", region = "Utrecht" },
                motivation = "Ik wil opbouwwerker worden.", consent = true,
            });
            created.EnsureSuccessStatusCode();
            var applicationId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            using var admitted = await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { cohortId });
            admitted.EnsureSuccessStatusCode();
            studentIds.Add((await admitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("studentId").GetGuid());
        }

        foreach (var module in modules ?? Modules)
        {
            await ModuleGrades.PublishAllAsync(lecturer, cohortId, module, studentIds, grade);
        }

        return cohortId;
    }
}
