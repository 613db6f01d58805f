using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Learning;

/// <summary>Lecturers write a module's page in sections with materials; students read what is visible, formatted and safe.</summary>
public sealed class ModulePageTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task Sections_AreVisibleFromTheirDate_AndCarryCheckedMaterials()
    {
        var cohortId = await CohortOfAsync("noord");
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        var sectionsUrl = $"/api/v1/cohorts/{cohortId}/modules/M1/sections";

        var now = await AddSectionAsync(lecturer, sectionsUrl, new { title = "Week 1: de Canon", body = "**Lees** hoofdstuk 1.", learningOutcomeCodes = new[] { "M1.1" } });
        var later = await AddSectionAsync(lecturer, sectionsUrl, new { title = "Week 3: casus", body = "Casus volgt.", visibleFrom = DateTimeOffset.UtcNow.AddDays(7) });
        using var unknownOutcome = await lecturer.PostAsJsonAsync(sectionsUrl, new { title = "", learningOutcomeCodes = new[] { "M9.9" } });
        unknownOutcome.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await ReadJsonAsync(unknownOutcome)).GetProperty("errors");
        errors.GetProperty("title")[0].GetString().ShouldBe("Vul een titel in.");
        errors.GetProperty("learningOutcomeCodes")[0].GetString()!.ShouldContain("M9.9");

        Titles(await student.GetFromJsonAsync<JsonElement>("/api/v1/me/modules/M1/page")).ShouldContain("Week 1: de Canon");
        Titles(await student.GetFromJsonAsync<JsonElement>("/api/v1/me/modules/M1/page")).ShouldNotContain("Week 3: casus");
        var staffView = await lecturer.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/modules/M1/page");
        staffView.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == later)
            .GetProperty("visible").GetBoolean().ShouldBeFalse("lecturers see a section before its students do");

        var materials = $"/api/v1/sections/{later}/materials";
        await ShouldRefuseFieldAsync(await lecturer.PostAsJsonAsync(materials, new { kind = "link", title = "Klik", url = "javascript:alert(1)" }), "url");
        await ShouldRefuseFieldAsync(await lecturer.PostAsJsonAsync(materials, new { kind = "video", title = "Video", url = "https://video.example.org/v/1" }), "url");
        using var video = await lecturer.PostAsJsonAsync(materials, new { kind = "video", title = "Wat is opbouwwerk?", url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ" });
        video.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ReadJsonAsync(video)).GetProperty("playerUrl").GetString().ShouldBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");

        await ShouldRefuseFieldAsync(await UploadAsync(lecturer, later, "tool.exe", "application/pdf", Encoding.ASCII.GetBytes("MZ\u0090\0binary")), "file");
        using var uploaded = await UploadAsync(lecturer, later, "casus.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n%%EOF\n"));
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created);
        var fileId = (await ReadJsonAsync(uploaded)).GetProperty("id").GetGuid();
        (await student.GetAsync($"/api/v1/materials/{fileId}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the section is not visible yet");
        using (var forLecturer = await lecturer.GetAsync($"/api/v1/materials/{fileId}/file"))
        {
            forLecturer.StatusCode.ShouldBe(HttpStatusCode.OK);
            forLecturer.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        }

        using var opened = await lecturer.PutAsJsonAsync($"/api/v1/sections/{later}", new { title = "Week 3: casus", body = "Casus volgt.", visibleFrom = DateTimeOffset.UtcNow.AddMinutes(-1) });
        opened.EnsureSuccessStatusCode();
        var page = await student.GetFromJsonAsync<JsonElement>("/api/v1/me/modules/M1/page");
        Titles(page).ShouldContain("Week 3: casus");
        (await student.GetAsync($"/api/v1/materials/{fileId}/file")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var otherStudent = await SignedInAsync(DemoAccounts.Student("zuid"));
        (await otherStudent.GetAsync($"/api/v1/materials/{fileId}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var otherLecturer = await SignedInAsync(DemoAccounts.Lecturer("zuid"));
        (await otherLecturer.GetAsync($"/api/v1/cohorts/{cohortId}/modules/M1/page")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherLecturer.DeleteAsync($"/api/v1/sections/{now}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Titles(await otherStudent.GetFromJsonAsync<JsonElement>("/api/v1/me/modules/M1/page")).ShouldNotContain("Week 1: de Canon");

        (await lecturer.DeleteAsync($"/api/v1/sections/{later}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await lecturer.GetAsync($"/api/v1/materials/{fileId}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheStudentsModulePage_ShowsSectionText_FormattedAndWithUnsafeHtmlStripped()
    {
        var cohortId = await CohortOfAsync("noord");
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        await AddSectionAsync(lecturer, $"/api/v1/cohorts/{cohortId}/modules/M1/sections", new
        {
            title = "Opdracht", body = "Maak een **buurtprofiel**.\n\n<script>alert('xss')</script><img src=x onerror=\"alert(1)\">\n\n[klik](javascript:alert(2))",
        });

        using var browser = await BrowserAsync(DemoAccounts.Student("noord"));
        var html = await browser.GetStringAsync("/my/modules/M1");

        html.ShouldContain("<strong>buurtprofiel</strong>");
        html.ShouldNotContain("alert(");
        html.ShouldNotContain("onerror");
    }

    private static async Task<Guid> AddSectionAsync(HttpClient lecturer, string url, object section)
    {
        using var created = await lecturer.PostAsJsonAsync(url, section);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid sectionId, string name, string contentType, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(part, "file", name);
        return await client.PostAsync($"/api/v1/sections/{sectionId}/files", form);
    }

    private static async Task ShouldRefuseFieldAsync(HttpResponseMessage response, string field)
    {
        using (response)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            (await ReadJsonAsync(response)).GetProperty("errors").GetProperty(field)[0].GetString().ShouldNotBeNullOrWhiteSpace();
        }
    }

    private static string[] Titles(JsonElement page) =>
        page.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("title").GetString()!).ToArray();
}
