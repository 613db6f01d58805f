using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Certificates.Jobs;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Certificates.Features.Credentials;

/// <summary>
/// An issued certificate as an Open Badges 3.0 credential (a W3C Verifiable Credential), encoded as a JWT signed with
/// the platform's key: the payload is the OpenBadgeCredential with the registered claims iss, jti, sub and nbf.
/// </summary>
public sealed class GetOpenBadgeCredentialQuery(
    CertificatesDbContext db, IPlatformSigner signer, ICurrentUser currentUser, IConfiguration configuration)
{
    public const string MediaType = "application/jwt";

    public async Task<string> HandleAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == certificateId && c.Status == CertificateStatus.Issued, cancellationToken);
        if (certificate is null || !(currentUser.IsInRole(Roles.Coordinator) || certificate.StudentId == currentUser.UserId))
        {
            throw new NotFoundException("certificate");
        }

        var baseUrl = (configuration["Platform:PublicBaseUrl"] ?? "http://localhost:5000").TrimEnd('/');
        var id = $"urn:uuid:{certificate.Id}";
        var subject = $"urn:uuid:{certificate.StudentId}";
        var issuer = $"{baseUrl}/issuers/{certificate.InstitutionId}";
        var validFrom = certificate.IssuedAt!.Value.ToUniversalTime();
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject { ["id"] = issuer, ["type"] = new JsonArray("Profile"), ["name"] = certificate.InstitutionName },
            ["validFrom"] = validFrom.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["name"] = certificate.Title,
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = subject,
                ["type"] = new JsonArray("AchievementSubject"),
                ["creditsEarned"] = certificate.Ec,
                ["achievement"] = new JsonObject
                {
                    ["id"] = $"{baseUrl}/achievements/{certificate.Kind}/{certificate.SubjectKey}",
                    ["type"] = new JsonArray("Achievement"),
                    ["name"] = certificate.Title,
                    ["description"] = $"{RenderCertificateJob.ProgrammeName}: {certificate.Title}",
                    ["criteria"] = new JsonObject { ["narrative"] = "Behaald volgens de onderwijs- en examenregeling van de hogeschool." },
                    ["creditsAvailable"] = certificate.Ec,
                },
            },
            ["evidence"] = new JsonArray(new JsonObject
            {
                ["id"] = RenderCertificateJob.VerificationUrl(configuration, certificate.VerificationCode),
                ["type"] = new JsonArray("Evidence"),
                ["name"] = certificate.VerificationCode,
            }),
            ["iss"] = issuer,
            ["jti"] = id,
            ["sub"] = subject,
            ["nbf"] = validFrom.ToUnixTimeSeconds(),
        };
        return signer.SignJwt(credential.ToJsonString(), "JWT");
    }
}
