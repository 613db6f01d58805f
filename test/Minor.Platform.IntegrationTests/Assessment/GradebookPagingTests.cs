using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Assessment;

/// <summary>The gradebook shows a large cohort a page at a time; the pages together are the whole gradebook, in its order.</summary>
public sealed class GradebookPagingTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task ThePages_TogetherAreTheWholeGradebook_AndThePageShowsItsPlace()
    {
        var cohortId = await CohortBuilder.AdmitAndPassAsync(Platform.BaseAddress, "noord", 7, modules: ["M1"]);
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        var whole = await lecturer.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/gradebook");
        var everyone = Students(whole);
        everyone.Length.ShouldBe(whole.GetProperty("totalRows").GetInt32());
        everyone.Length.ShouldBeGreaterThanOrEqualTo(7);

        var paged = new List<Guid>();
        for (var page = 1; page <= 3; page++)
        {
            var part = await lecturer.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/gradebook?page={page}&pageSize=3");
            part.GetProperty("page").GetInt32().ShouldBe(page);
            part.GetProperty("pageCount").GetInt32().ShouldBe((everyone.Length + 2) / 3);
            part.GetProperty("totalRows").GetInt32().ShouldBe(everyone.Length);
            paged.AddRange(Students(part));
            part.GetProperty("rows").EnumerateArray().Where(row => row.GetProperty("email").GetString()!.EndsWith("@noord.example.nl", StringComparison.Ordinal))
                .ShouldAllBe(row => row.GetProperty("grades").EnumerateObject().Any(), "a page carries its students' grades");
        }

        paged.ShouldBe(everyone.Take(paged.Count), "pages follow the whole gradebook's order, without gaps or repeats");
        paged.Count.ShouldBe(Math.Min(9, everyone.Length));

        await CohortBuilder.AdmitAndPassAsync(Platform.BaseAddress, "noord", 1, modules: [], firstNumber: 8);
        (await lecturer.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/gradebook?page=1")).GetProperty("totalRows").GetInt32()
            .ShouldBe(everyone.Length + 1, "a student admitted a moment ago is in the gradebook at once");

        using var browser = await BrowserAsync(DemoAccounts.Lecturer("noord"));
        var html = await browser.GetStringAsync($"/assessment/{cohortId}/gradebook?pagina=1");
        html.ShouldContain($"{everyone.Length + 1} studenten");
        html.ShouldNotContain("Pagina's van het cijferoverzicht", customMessage: "a cohort that fits one page has no page links");
    }

    private static Guid[] Students(JsonElement book) =>
        book.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("studentId").GetGuid()).ToArray();
}
