using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minor.Platform.Certificates.Contracts;
using Minor.Platform.Certificates.Features.Downloads;
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
        api.MapGet("/verify/{code}", VerifyAsync).AllowAnonymous().WithTags("Certificates");
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

    private static async Task<FileContentHttpResult> DownloadAsync(
        Guid id, GetCertificatePdfQuery query, CancellationToken cancellationToken)
    {
        var pdf = await query.HandleAsync(id, cancellationToken);
        return TypedResults.File(pdf.Content, "application/pdf", pdf.FileName);
    }

    private static async Task<Ok<VerificationResult>> VerifyAsync(
        string code, VerifyCertificateQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.HandleAsync(code, cancellationToken) ?? throw new NotFoundException("certificate"));
}
