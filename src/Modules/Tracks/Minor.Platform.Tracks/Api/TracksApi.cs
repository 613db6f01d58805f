using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Http;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Features.Exemptions;

namespace Minor.Platform.Tracks.Api;

public static class TracksApi
{
    public static IEndpointRouteBuilder MapTracksApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/cohorts", ListCohortsAsync)
            .RequireApiRoles(Roles.Coordinator, Roles.Lecturer, Roles.Examiner, Roles.ExamBoard)
            .WithTags("Tracks");
        api.MapGet("/tracks", ListTracksAsync).AllowAnonymous().WithTags("Tracks");
        api.MapPost("/students/{studentId:guid}/exemptions", (Guid studentId, ExemptionRequest request, DecideExemptionHandler handler, CancellationToken ct) =>
                handler.HandleAsync(new DecideExemption(studentId, request.ModuleCode, request.Decision, request.Reason), ct))
            .RequireApiRoles(Roles.ExamBoard).WithTags("Tracks");
        api.MapGet("/students/{studentId:guid}/exemptions", ListExemptionsAsync)
            .RequireApiRoles(Roles.ExamBoard, Roles.Coordinator).WithTags("Tracks");
        api.MapGet("/me/exemptions", (ICurrentUser currentUser, DecideExemptionHandler handler, CancellationToken ct) =>
            handler.ListAsync(currentUser.UserId!.Value, ct)).RequireApiRoles(Roles.Student).WithTags("Tracks");
        return api;
    }

    private static async Task<Ok<IEnumerable<CohortResponse>>> ListCohortsAsync(
        ITracksQueries tracks, IIdentityQueries identity, CancellationToken cancellationToken)
    {
        var cohorts = await tracks.ListCohortsAsync(cancellationToken);
        var institutions = (await identity.ListInstitutionsAsync(cancellationToken)).ToDictionary(i => i.Id, i => i.Code);
        return TypedResults.Ok(cohorts.Select(c => new CohortResponse(c.Id, c.Name, institutions.GetValueOrDefault(c.InstitutionId, ""), c.StartsOn)));
    }

    private static async Task<Ok<IReadOnlyList<TrackDto>>> ListTracksAsync(ITracksQueries tracks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tracks.ListTracksAsync(cancellationToken));

    /// <summary>A student of another hogeschool is unknown here: their exemptions answer 404, not an empty list.</summary>
    private static async Task<Ok<IReadOnlyList<ExemptionView>>> ListExemptionsAsync(
        Guid studentId, ITracksQueries tracks, DecideExemptionHandler handler, CancellationToken cancellationToken)
    {
        if ((await tracks.ListEnrolmentsOfStudentAsync(studentId, cancellationToken)).Count == 0)
        {
            throw new NotFoundException("student");
        }

        return TypedResults.Ok(await handler.ListAsync(studentId, cancellationToken));
    }
}

public sealed record ExemptionRequest(string? ModuleCode, string? Decision, string? Reason);

public sealed record CohortResponse(Guid Id, string Name, string InstitutionCode, DateOnly StartsOn);
