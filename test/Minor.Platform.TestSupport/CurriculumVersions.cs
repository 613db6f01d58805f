using System.Net.Http.Json;

namespace Minor.Platform.TestSupport;

/// <summary>Curriculum versions made the way the curriculum board makes them: a draft, its changes, a publication.</summary>
public static class CurriculumVersions
{
    public const string RenamedM1 = "Opbouwwerk: de grondslagen";

    /// <summary>Publishes version 2, in which M1 is renamed (<see cref="RenamedM1"/>) and M5 is dropped; cohorts stay on version 1.</summary>
    public static async Task PublishRenamingM1AndDroppingM5Async(HttpClient board)
    {
        (await board.PostAsync("/api/v1/curriculum/versions", null)).EnsureSuccessStatusCode();
        (await board.PutAsJsonAsync("/api/v1/curriculum/versions/2/modules/M1", new
        {
            title = RenamedM1, titleEn = "Community work: the foundations", ec = 5.0m,
            learningOutcomes = new[] { new { code = "M1.1", description = "De student beschrijft hoe het vak zich heeft ontwikkeld.", descriptionEn = "The student describes how the field developed." } },
        })).EnsureSuccessStatusCode();
        (await board.DeleteAsync("/api/v1/curriculum/versions/2/modules/M5")).EnsureSuccessStatusCode();
        (await board.PostAsync("/api/v1/curriculum/versions/2/publish", null)).EnsureSuccessStatusCode();
    }
}
