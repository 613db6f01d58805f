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
    public async Task Responses_CarrySecurityHeaders_AndAContentSecurityPolicyWithoutInlineScripts()
    {
        using var client = Anonymous();

        using var page = await client.GetAsync("/curriculum");
        using var api = await client.GetAsync("/api/v1/curriculum/modules");

        foreach (var response in new[] { page, api })
        {
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            policy.ShouldContain("script-src 'self';");
            policy.ShouldContain("frame-ancestors 'none'");
            response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
            response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
            response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        }

        (await page.Content.ReadAsStringAsync()).ShouldNotContain("<script>");
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
