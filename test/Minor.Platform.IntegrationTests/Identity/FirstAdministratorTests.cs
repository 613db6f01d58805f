using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.RegularExpressions;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Identity;

/// <summary>
/// The first start of an empty Production database, as the README tells an operator to do it: `admin create EMAIL`
/// makes the first administrator and prints a one-time link; a second run is refused; the link sets the password.
/// </summary>
public sealed partial class FirstAdministratorTests
{
    [Fact]
    public async Task AdminCreate_OnAnEmptyProductionDatabase_MakesOneAdministrator_AndRefusesASecond()
    {
        await using var isolated = await IsolatedPlatform.CreateAsync("minor_first_admin");
        var environment = ProductionEnvironment(isolated);

        var (exitCode, output) = await PlatformProcess.RunToExitAsync(environment, "admin", "create", "beheer@hogeschool.test");
        exitCode.ShouldBe(0, output);
        var link = new Uri(ActivationLink().Match(output).Value);

        var (secondCode, secondOutput) = await PlatformProcess.RunToExitAsync(environment, "admin", "create", "indringer@hogeschool.test");
        secondCode.ShouldBe(1, secondOutput);
        secondOutput.ShouldContain("Er is al een beheerder.");

        await using var host = await PlatformProcess.StartAsync(environment);
        await Accounts.ActivateAsync(host.BaseAddress, new Uri(host.BaseAddress, link.PathAndQuery), Accounts.ActivatedPassword);
        using var client = host.CreateClient();
        var token = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "minor-cli", ["username"] = "beheer@hogeschool.test",
            ["password"] = Accounts.ActivatedPassword, ["scope"] = "api roles",
        }));
        var body = await token.Content.ReadAsStringAsync();
        token.IsSuccessStatusCode.ShouldBeTrue(body);
        client.DefaultRequestHeaders.Authorization = new("Bearer", JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Admin"]);

        // Once the administrator has a password, not even their own address gets a new link.
        var (thirdCode, thirdOutput) = await PlatformProcess.RunToExitAsync(environment, "admin", "create", "beheer@hogeschool.test");
        thirdCode.ShouldBe(1, thirdOutput);
    }

    /// <summary>Production as an operator runs it: PostgreSQL, a signing certificate, no demo data (plain HTTP on loopback only).</summary>
    private static Dictionary<string, string> ProductionEnvironment(IsolatedPlatform isolated)
    {
        var certificatePath = Path.Combine(isolated.DataFolder, "signing.pfx");
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Minor.Platform test signing", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(certificatePath, certificate.Export(X509ContentType.Pfx, "test"));

        var environment = isolated.Environment(
            ("ASPNETCORE_ENVIRONMENT", "Production"),
            ("Platform__DemoData", "false"),
            ("Platform__PublicBaseUrl", "https://minor.hogeschool.test"),
            ("OpenIddict__SigningCertificate__Path", certificatePath),
            ("OpenIddict__SigningCertificate__Password", "test"),
            ("OpenIddict__RequireHttps", "false"));
        return environment;
    }

    [GeneratedRegex(@"https?://\S+/account/activate\S+")]
    private static partial Regex ActivationLink();
}
