using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Curriculum;

public sealed class CurriculumApiTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task ListModules_Anonymous_ReturnsTheSeededMinorInDutch()
    {
        using var client = Anonymous();

        var modules = await client.GetFromJsonAsync<JsonElement>("/api/v1/curriculum/modules");

        var list = modules.EnumerateArray().ToList();
        list.Select(m => m.GetProperty("code").GetString()).ShouldBe(["M1", "M2", "M3", "M4", "M5"]);
        list.Sum(m => m.GetProperty("ec").GetDecimal()).ShouldBe(30m);
        list[0].GetProperty("title").GetString().ShouldBe("Fundamenten van samenlevingsopbouw");
        var outcomes = list.SelectMany(m => m.GetProperty("learningOutcomes").EnumerateArray()).ToList();
        outcomes.Count.ShouldBeGreaterThanOrEqualTo(15);
        outcomes.ShouldAllBe(o => o.GetProperty("description").GetString()!.StartsWith("De student "));
        outcomes.Select(o => o.GetProperty("code").GetString()).Distinct().Count().ShouldBe(outcomes.Count);
    }

    [Fact]
    public async Task ListModules_AcceptLanguageEnglish_ReturnsEnglishTitles()
    {
        using var client = Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/curriculum/modules");
        request.Headers.AcceptLanguage.ParseAdd("en");

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var first = (await ReadJsonAsync(response)).EnumerateArray().First();
        first.GetProperty("title").GetString().ShouldBe("Foundations of community development");
        first.GetProperty("learningOutcomes")[0].GetProperty("description").GetString()!.ShouldStartWith("The student");
    }

    [Fact]
    public async Task CurriculumPage_Anonymous_ShowsModulesAndOutcomesInDutch()
    {
        using var client = Anonymous();

        var html = await client.GetStringAsync("/curriculum");

        html.ShouldContain("<html lang=\"nl\"");
        html.ShouldContain("Modules en leerresultaten");
        html.ShouldContain("Wijkanalyse en participatief buurtonderzoek");
        html.ShouldContain("7,5 EC");
    }
}
