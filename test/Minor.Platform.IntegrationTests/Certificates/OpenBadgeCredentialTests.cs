using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Jose;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Certificates;

/// <summary>
/// The Open Badges 3.0 credential is verified with jose-jwt, an independent JOSE library, against the key that the
/// OpenID Connect discovery document's JWKS publishes: no code of ours takes part in the check.
/// </summary>
public sealed class OpenBadgeCredentialTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task Credential_IsAnOpenBadgeSignedWithTheKeyInTheJwks()
    {
        await PublishResultAsync("noord", "M2", 8.0m);
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        var certificate = await IssuedCertificateAsync(student, "M2");

        using var response = await student.GetAsync($"/api/v1/certificates/{certificate.GetProperty("id").GetGuid()}/credential");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var jwt = await response.Content.ReadAsStringAsync();
        var payload = JsonDocument.Parse(JWT.Decode(jwt, await PublishedKeyAsync(JWT.Headers(jwt)["kid"].ToString()!), JwsAlgorithm.RS256)).RootElement;
        payload.GetProperty("type").EnumerateArray().Select(t => t.GetString()).ShouldBe(["VerifiableCredential", "OpenBadgeCredential"]);
        payload.GetProperty("name").GetString().ShouldBe("M2 Wijkanalyse en participatief buurtonderzoek");
        var subject = payload.GetProperty("credentialSubject");
        subject.GetProperty("achievement").GetProperty("creditsAvailable").GetDecimal().ShouldBe(7.5m);
        subject.GetProperty("id").GetString().ShouldBe($"urn:uuid:{await MyIdAsync(DemoAccounts.Student("noord"))}");
        payload.GetProperty("issuer").GetProperty("name").GetString().ShouldBe("Hogeschool Noord");
        payload.GetProperty("iss").GetString().ShouldBe(payload.GetProperty("issuer").GetProperty("id").GetString());
        payload.GetProperty("jti").GetString().ShouldBe(payload.GetProperty("id").GetString());
        payload.GetProperty("evidence")[0].GetProperty("name").GetString().ShouldBe(certificate.GetProperty("verificationCode").GetString());
    }

    [Fact]
    public async Task Credential_WithAChangedPayload_FailsVerification()
    {
        await PublishResultAsync("zuid", "M1", 6.0m);
        using var student = await SignedInAsync(DemoAccounts.Student("zuid"));
        var certificate = await IssuedCertificateAsync(student, "M1");
        var jwt = await student.GetStringAsync($"/api/v1/certificates/{certificate.GetProperty("id").GetGuid()}/credential");
        var parts = jwt.Split('.');
        var original = System.Text.Encoding.UTF8.GetString(Base64Url.Decode(parts[1]));
        var forged = original.Replace("\"creditsEarned\":5", "\"creditsEarned\":30", StringComparison.Ordinal);
        forged.ShouldNotBe(original);
        var tampered = $"{parts[0]}.{Base64Url.Encode(System.Text.Encoding.UTF8.GetBytes(forged))}.{parts[2]}";

        var key = await PublishedKeyAsync(JWT.Headers(jwt)["kid"].ToString()!);

        Should.Throw<IntegrityException>(() => JWT.Decode(tampered, key, JwsAlgorithm.RS256));
        using var other = await SignedInAsync(DemoAccounts.Student("noord"));
        (await other.GetAsync($"/api/v1/certificates/{certificate.GetProperty("id").GetGuid()}/credential")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<RSA> PublishedKeyAsync(string kid)
    {
        using var client = Anonymous();
        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var jwks = await client.GetFromJsonAsync<JsonElement>(new Uri(discovery.GetProperty("jwks_uri").GetString()!).PathAndQuery);
        var jwk = jwks.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("kid").GetString() == kid);
        var rsa = RSA.Create();
        rsa.ImportParameters(new RSAParameters
        {
            Modulus = Base64Url.Decode(jwk.GetProperty("n").GetString()!),
            Exponent = Base64Url.Decode(jwk.GetProperty("e").GetString()!),
        });
        return rsa;
    }
}
