using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Files;
using Minor.Platform.SharedKernel.Http;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Features.Cohorts;
using Minor.Platform.Tracks.Features.Definitions;
using Minor.Platform.Tracks.Features.Exemptions;
using Minor.Platform.Tracks.Features.StudyPlans;

namespace Minor.Platform.Tracks.Api;

public static class TracksApi
{
    public static IEndpointRouteBuilder MapTracksApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/cohorts", ListCohortsAsync)
            .RequireApiRoles(Roles.Coordinator, Roles.Lecturer, Roles.Examiner, Roles.ExamBoard)
            .WithTags("Tracks");
        api.MapPost("/cohorts", async (CohortInput input, CreateCohortHandler handler, IIdentityQueries identity, CancellationToken ct) =>
            {
                var cohort = await handler.HandleAsync(input, ct);
                return TypedResults.Created($"/api/v1/cohorts/{cohort.Id}", await ResponseAsync(cohort, identity, 0, ct));
            })
            .RequireApiRoles(Roles.Coordinator).WithTags("Tracks");
        api.MapPut("/cohorts/{cohortId:guid}", async (Guid cohortId, CohortInput input, ChangeCohortHandler handler, IIdentityQueries identity, ITracksQueries tracks, CancellationToken ct) =>
                TypedResults.Ok(await ResponseAsync(await handler.HandleAsync(cohortId, input, ct), identity, await tracks.CountEnrolmentsAsync(cohortId, ct), ct)))
            .RequireApiRoles(Roles.Coordinator).WithTags("Tracks");
        api.MapPost("/cohorts/{cohortId:guid}/archive", async (Guid cohortId, ArchiveCohortHandler handler, IIdentityQueries identity, ITracksQueries tracks, CancellationToken ct) =>
                TypedResults.Ok(await ResponseAsync(await handler.HandleAsync(cohortId, ct), identity, await tracks.CountEnrolmentsAsync(cohortId, ct), ct)))
            .RequireApiRoles(Roles.Coordinator).WithTags("Tracks");
        api.MapGet("/cohorts/{cohortId:guid}/curriculum-version/{to:int}", (Guid cohortId, int to, CohortCurriculum curriculum, CancellationToken ct) =>
                curriculum.PreviewAsync(cohortId, to, ct))
            .RequireApiRoles(Roles.Coordinator).WithTags("Tracks");
        api.MapPut("/cohorts/{cohortId:guid}/curriculum-version", (Guid cohortId, CurriculumMoveRequest request, CohortCurriculum curriculum, CancellationToken ct) =>
                curriculum.MoveAsync(cohortId, request.Version, ct))
            .RequireApiRoles(Roles.Coordinator).WithTags("Tracks");
        api.MapGet("/tracks", (ManageTracks tracks, CancellationToken ct) => tracks.ListAsync(ct)).AllowAnonymous().WithTags("Tracks");
        api.MapGet("/tracks/{code}", (string code, ManageTracks tracks, CancellationToken ct) => tracks.GetAsync(code, ct)).AllowAnonymous().WithTags("Tracks");
        api.MapPost("/tracks", async (TrackInput input, ManageTracks tracks, CancellationToken ct) =>
            {
                var track = await tracks.SaveAsync(null, input, ct);
                return TypedResults.Created($"/api/v1/tracks/{track.Code}", track);
            })
            .RequireApiRoles(Roles.CurriculumBoard).WithTags("Tracks");
        api.MapPut("/tracks/{code}", (string code, TrackInput input, ManageTracks tracks, CancellationToken ct) => tracks.SaveAsync(code, input, ct))
            .RequireApiRoles(Roles.CurriculumBoard).WithTags("Tracks");
        api.MapPost("/students/{studentId:guid}/exemptions", (Guid studentId, ExemptionDecisionRequest request, DecideExemptionHandler handler, CancellationToken ct) =>
                handler.HandleAsync(new DecideExemption(studentId, request.ModuleCode, request.Decision, request.Reason, request.LearningOutcomeCodes), ct))
            .RequireApiRoles(Roles.ExamBoard).WithTags("Tracks");
        api.MapGet("/students/{studentId:guid}/exemptions", ListExemptionsAsync)
            .RequireApiRoles(Roles.ExamBoard, Roles.Coordinator).WithTags("Tracks");
        api.MapGet("/me/study-plan", (ICurrentUser currentUser, StudyPlans plans, CancellationToken ct) => plans.GetAsync(currentUser.UserId!.Value, ct))
            .RequireApiRoles(Roles.Student).WithTags("Tracks");
        api.MapGet("/students/{studentId:guid}/study-plan", (Guid studentId, StudyPlans plans, CancellationToken ct) => plans.GetAsync(studentId, ct))
            .RequireApiRoles(Roles.Coordinator, Roles.ExamBoard).WithTags("Tracks");
        api.MapPut("/students/{studentId:guid}/study-plan", (Guid studentId, StudyPlanRequest request, StudyPlans plans, CancellationToken ct) =>
                plans.ChangeAsync(studentId, request.Items, ct))
            .RequireApiRoles(Roles.Coordinator).WithTags("Tracks");
        api.MapPost("/students/{studentId:guid}/study-plan/bridging-units/{code}/pass", (Guid studentId, string code, StudyPlans plans, CancellationToken ct) =>
                plans.PassBridgingUnitAsync(studentId, code, ct))
            .RequireApiRoles(Roles.Coordinator).WithTags("Tracks");
        api.MapGet("/me/exemption-requests", (ExemptionRequests requests, CancellationToken ct) => requests.ListMineAsync(ct))
            .RequireApiRoles(Roles.Student).WithTags("Tracks");
        api.MapPost("/me/exemption-requests", RequestExemptionAsync)
            .RequireApiRoles(Roles.Student).WithTags("Tracks")
            .WithMetadata(new RequestSizeLimitAttribute(ExemptionRequests.MaxRequestBytes));
        api.MapGet("/exemption-requests", (bool? open, ExemptionRequests requests, CancellationToken ct) => requests.ListAsync(open ?? false, ct))
            .RequireApiRoles(Roles.ExamBoard).WithTags("Tracks");
        api.MapPost("/exemption-requests/{id:guid}/decision", (Guid id, ExemptionDecisionRequest request, ExemptionRequests requests, CancellationToken ct) =>
                requests.DecideAsync(id, request.Decision, request.Reason, request.LearningOutcomeCodes, ct))
            .RequireApiRoles(Roles.ExamBoard).WithTags("Tracks");
        api.MapGet("/exemption-evidence/{id:guid}", async (Guid id, ExemptionRequests requests, CancellationToken ct) =>
            {
                var file = await requests.OpenAsync(id, ct);
                return TypedResults.File(file.Content, file.ContentType, file.Name);
            })
            .RequireApiRoles(Roles.Student, Roles.ExamBoard).WithTags("Tracks");
        api.MapGet("/me/exemptions", (ICurrentUser currentUser, DecideExemptionHandler handler, CancellationToken ct) =>
            handler.ListAsync(currentUser.UserId!.Value, ct)).RequireApiRoles(Roles.Student).WithTags("Tracks");
        return api;
    }

    private static async Task<Ok<IEnumerable<CohortResponse>>> ListCohortsAsync(
        ITracksQueries tracks, IIdentityQueries identity, CancellationToken cancellationToken)
    {
        var cohorts = await tracks.ListCohortsAsync(cancellationToken);
        var institutions = (await identity.ListInstitutionsAsync(cancellationToken)).ToDictionary(i => i.Id, i => i.Code);
        var enrolled = await tracks.CountEnrolmentsPerCohortAsync(cancellationToken);
        return TypedResults.Ok(cohorts.Select(c => Response(c, institutions.GetValueOrDefault(c.InstitutionId, ""), enrolled.GetValueOrDefault(c.Id))));
    }

    private static async Task<CohortResponse> ResponseAsync(CohortDto cohort, IIdentityQueries identity, int enrolled, CancellationToken cancellationToken) =>
        Response(cohort, (await identity.GetInstitutionAsync(cohort.InstitutionId, cancellationToken))?.Code ?? "", enrolled);

    private static CohortResponse Response(CohortDto c, string institutionCode, int enrolled) =>
        new(c.Id, c.Name, institutionCode, c.StartsOn, c.CurriculumVersion, c.EndsOn, c.Capacity, c.EnrolmentOpen, c.Archived, enrolled);

    private static async Task<Created<ExemptionRequestView>> RequestExemptionAsync(HttpRequest request, ExemptionRequests requests, CancellationToken cancellationToken)
    {
        var (fields, files) = await FileUploads.ReadFormAsync(request, cancellationToken);
        var view = await requests.SubmitAsync(
            fields["moduleCode"].ToString(), fields["learningOutcomeCodes"].Where(c => c is not null).Select(c => c!).ToList(), fields["motivation"].ToString(),
            files, cancellationToken);
        return TypedResults.Created("/api/v1/me/exemption-requests", view);
    }

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

public sealed record ExemptionDecisionRequest(string? ModuleCode, string? Decision, string? Reason, IReadOnlyList<string>? LearningOutcomeCodes);

public sealed record StudyPlanRequest(IReadOnlyList<PlanChange>? Items);

public sealed record CohortResponse(
    Guid Id, string Name, string InstitutionCode, DateOnly StartsOn, int CurriculumVersion, DateOnly EndsOn, int? Capacity, bool EnrolmentOpen,
    bool Archived, int Enrolled);
