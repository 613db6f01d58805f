using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Minor.Platform.TestSupport;

/// <summary>
/// Gives students module results the way a hogeschool does: a published toetsplan, an examiner's grade, a
/// publication. Tests about certificates and completion use it so that their results are computed, never entered.
/// </summary>
public static class ModuleGrades
{
    /// <summary>
    /// Publishes the module's plan if it is still a draft; an empty plan first gets one final assignment that weighs
    /// 100 % and covers every learning outcome. Returns the plan's first assessment.
    /// </summary>
    public static async Task<Guid> EnsurePublishedPlanAsync(HttpClient lecturer, Guid cohortId, string module)
    {
        var planUrl = $"/api/v1/cohorts/{cohortId}/modules/{module}/assessment-plan";
        var plan = await lecturer.GetFromJsonAsync<JsonElement>(planUrl);
        if (plan.GetProperty("assessments").GetArrayLength() == 0)
        {
            using var created = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/{module}/assessments", new
            {
                title = "Eindopdracht", type = "praktijkopdracht", weight = 100, scale = "numeric", examinersRequired = 1,
                learningOutcomeCodes = plan.GetProperty("learningOutcomes").EnumerateArray().Select(o => o.GetProperty("code").GetString()).ToArray(),
            });
            await EnsureAsync(created);
        }

        if (plan.GetProperty("status").GetString() != "published")
        {
            using var published = await lecturer.PostAsync($"{planUrl}/publish", null);
            await EnsureAsync(published);
            plan = await published.Content.ReadFromJsonAsync<JsonElement>();
        }

        return plan.GetProperty("assessments")[0].GetProperty("id").GetGuid();
    }

    /// <summary>Grades one student on a single-assessment module and publishes; a published grade is changed with a reason.</summary>
    public static async Task PublishAsync(HttpClient examiner, Guid cohortId, string module, Guid studentId, decimal grade)
    {
        var assessmentId = await EnsurePublishedPlanAsync(examiner, cohortId, module);
        using var graded = await examiner.PostAsJsonAsync($"/api/v1/assessments/{assessmentId}/grades", new { studentId, grade });
        if (graded.StatusCode == HttpStatusCode.UnprocessableEntity
            && (await graded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString() == "Assessment:GradePublished")
        {
            using var changed = await examiner.PutAsJsonAsync($"/api/v1/assessments/{assessmentId}/grades/{studentId}", new { grade, reason = "Herbeoordeling" });
            await EnsureAsync(changed);
            return;
        }

        await EnsureAsync(graded);
        using var publication = await examiner.PostAsync($"/api/v1/assessments/{assessmentId}/grades/publish", null);
        await EnsureAsync(publication);
    }

    /// <summary>Grades many students on a single-assessment module, then publishes them in one go.</summary>
    public static async Task PublishAllAsync(HttpClient examiner, Guid cohortId, string module, IEnumerable<Guid> studentIds, decimal grade)
    {
        var assessmentId = await EnsurePublishedPlanAsync(examiner, cohortId, module);
        foreach (var studentId in studentIds)
        {
            using var graded = await examiner.PostAsJsonAsync($"/api/v1/assessments/{assessmentId}/grades", new { studentId, grade });
            await EnsureAsync(graded);
        }

        using var publication = await examiner.PostAsync($"/api/v1/assessments/{assessmentId}/grades/publish", null);
        await EnsureAsync(publication);
    }

    private static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
