using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Minor.Platform.Certificates.Contracts;
using Minor.Platform.Certificates.Features;
using Minor.Platform.Certificates.Features.Bulk;
using Minor.Platform.Certificates.Features.Credentials;
using Minor.Platform.Certificates.Features.Downloads;
using Minor.Platform.Certificates.Features.Revocation;
using Minor.Platform.Certificates.Features.Transcripts;
using Minor.Platform.Certificates.Features.Verification;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Http;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Certificates.Api;

public static class CertificatesApi
{
    public static IEndpointRouteBuilder MapCertificatesApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me/certificates", ListMineAsync).RequireApiRoles(Roles.Student).WithTags("Certificates");
        api.MapGet("/students/{studentId:guid}/certificates", ListOfStudentAsync).RequireApiRoles(Roles.Coordinator).WithTags("Certificates");
        api.MapGet("/certificates/{id:guid}/pdf", DownloadAsync).RequireApiRoles(Roles.Student, Roles.Coordinator).WithTags("Certificates");
        api.MapGet("/certificates/{id:guid}/credential", CredentialAsync).RequireApiRoles(Roles.Student, Roles.Coordinator).WithTags("Certificates");
        api.MapGet("/verify/{code}", VerifyAsync).AllowAnonymous().WithTags("Certificates");
        api.MapPost("/cohorts/{cohortId:guid}/certificates/issue", StartBulkAsync).RequireApiRoles(Roles.Coordinator).WithTags("Certificates");
        api.MapGet("/jobs/{jobId:guid}", BulkProgressAsync).RequireApiRoles(Roles.Coordinator).WithTags("Certificates");
        api.MapGet("/jobs/{jobId:guid}/zip", BulkArchiveAsync).RequireApiRoles(Roles.Coordinator).WithTags("Certificates");
        api.MapPost("/verify/{code}/document", CheckDocumentAsync).AllowAnonymous().DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(CheckDocumentQuery.MaxBytes)).WithTags("Certificates");
        api.MapPost("/certificates/{id:guid}/revoke", RevokeAsync).RequireApiRoles(Roles.Coordinator).WithTags("Certificates");
        api.MapPost("/certificates/{id:guid}/reissue", ReissueAsync).RequireApiRoles(Roles.Coordinator).WithTags("Certificates");
        api.MapGet("/certificates/{id:guid}/history", HistoryAsync).RequireApiRoles(Roles.Coordinator, Roles.ExamBoard).WithTags("Certificates");
        api.MapPost("/me/transcript", RequestMyTranscriptAsync).RequireApiRoles(Roles.Student).WithTags("Certificates");
        api.MapPost("/students/{studentId:guid}/transcript", RequestTranscriptAsync).RequireApiRoles(Roles.Coordinator).WithTags("Certificates");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<CertificateSummaryDto>>> ListMineAsync(
        ICertificateQueries queries, ICurrentUser currentUser, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListOfStudentAsync(currentUser.UserId!.Value, cancellationToken));

    private static async Task<Ok<IReadOnlyList<CertificateSummaryDto>>> ListOfStudentAsync(
        Guid studentId, ICertificateQueries queries, IIdentityQueries identity, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var people = await identity.GetPeopleAsync([studentId], cancellationToken);
        if (!people.TryGetValue(studentId, out var student) || student.InstitutionId != currentUser.InstitutionId)
        {
            throw new NotFoundException("student");
        }

        return TypedResults.Ok(await queries.ListOfStudentAsync(studentId, cancellationToken));
    }

    private static async Task<FileStreamHttpResult> DownloadAsync(
        Guid id, GetCertificatePdfQuery query, CancellationToken cancellationToken)
    {
        var pdf = await query.HandleAsync(id, cancellationToken);
        return TypedResults.File(pdf.Content, pdf.ContentType, pdf.Name);
    }

    private static async Task<NoContent> RevokeAsync(
        Guid id, ReasonRequest request, RevokeCertificateHandler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(new RevokeCertificate(id, request.Reason), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Created<ReissuedCertificate>> ReissueAsync(
        Guid id, ReissueRequest request, ReissueCertificateHandler handler, CancellationToken cancellationToken)
    {
        var reissued = await handler.HandleAsync(new ReissueCertificate(id, request.Reason, request.Language), cancellationToken);
        return TypedResults.Created($"/api/v1/certificates/{reissued.Id}", reissued);
    }

    private static async Task<Ok<IReadOnlyList<CertificateHistoryLine>>> HistoryAsync(
        Guid id, CertificateAdministration administration, CancellationToken cancellationToken) =>
        TypedResults.Ok(await administration.HistoryAsync(id, cancellationToken) ?? throw new NotFoundException("certificate"));

    private static async Task<Accepted<CreatedResponse>> RequestMyTranscriptAsync(
        string? language, RequestTranscriptHandler handler, ICurrentUser currentUser, CancellationToken cancellationToken) =>
        Transcript(await handler.HandleAsync(new RequestTranscript(currentUser.UserId!.Value, language), cancellationToken));

    private static async Task<Accepted<CreatedResponse>> RequestTranscriptAsync(
        Guid studentId, string? language, RequestTranscriptHandler handler, CancellationToken cancellationToken) =>
        Transcript(await handler.HandleAsync(new RequestTranscript(studentId, language), cancellationToken));

    private static Accepted<CreatedResponse> Transcript(Guid id) =>
        TypedResults.Accepted($"/api/v1/certificates/{id}/pdf", new CreatedResponse(id));

    private static async Task<Ok<DocumentCheckResponse>> CheckDocumentAsync(
        string code, IFormFile document, CheckDocumentQuery query, CancellationToken cancellationToken)
    {
        await using var stream = document.OpenReadStream();
        var check = await query.HandleAsync(code, stream, cancellationToken) ?? throw new NotFoundException("certificate");
        return TypedResults.Ok(new DocumentCheckResponse(check.Matches, check.Sha256, check.Certificate.Status));
    }

    private static async Task<ContentHttpResult> CredentialAsync(
        Guid id, GetOpenBadgeCredentialQuery query, CancellationToken cancellationToken) =>
        TypedResults.Text(await query.HandleAsync(id, cancellationToken), GetOpenBadgeCredentialQuery.MediaType);

    private static async Task<Accepted<BulkIssueResponse>> StartBulkAsync(
        Guid cohortId, StartBulkIssueHandler handler, CancellationToken cancellationToken)
    {
        var jobId = await handler.HandleAsync(cohortId, cancellationToken);
        return TypedResults.Accepted($"/api/v1/jobs/{jobId}", new BulkIssueResponse(jobId));
    }

    private static async Task<Ok<BulkProgress>> BulkProgressAsync(
        Guid jobId, BulkIssueProgressQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.HandleAsync(jobId, cancellationToken) ?? throw new NotFoundException("job"));

    private static async Task<FileStreamHttpResult> BulkArchiveAsync(
        Guid jobId, CohortCertificatesArchive archive, CancellationToken cancellationToken) =>
        TypedResults.File(await archive.CreateAsync(jobId, cancellationToken), "application/zip", $"certificaten-{jobId:N}.zip");

    private static async Task<Ok<VerificationResult>> VerifyAsync(
        string code, VerifyCertificateQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.HandleAsync(code, cancellationToken) ?? throw new NotFoundException("certificate"));
}

public sealed record ReasonRequest(string? Reason);

public sealed record ReissueRequest(string? Reason, string? Language);

public sealed record CreatedResponse(Guid Id);

public sealed record DocumentCheckResponse(bool Matches, string Sha256, string Status);

public sealed record BulkIssueResponse(Guid JobId);
