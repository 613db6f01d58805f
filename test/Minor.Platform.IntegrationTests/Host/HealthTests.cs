using System.Net;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Host;

public sealed class HealthTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task Ready_OnPostgreSqlWithHangfire_IsHealthy()
    {
        using var client = Anonymous();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task UnknownPage_IsADutch404Page()
    {
        using var client = Anonymous();

        using var response = await client.GetAsync("/bestaat-niet");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Pagina niet gevonden");
    }
}
