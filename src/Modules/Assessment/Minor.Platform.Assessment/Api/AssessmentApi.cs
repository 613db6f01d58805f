using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minor.Platform.Assessment.Features;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.Assessment.Features.Gradebook;
using Minor.Platform.Assessment.Features.Grading;
using Minor.Platform.Assessment.Features.HandIns;
using Minor.Platform.Assessment.Features.Plans;
using Minor.Platform.Assessment.Features.Progress;
using Minor.Platform.Assessment.Features.Results;
using Minor.Platform.Assessment.Features.Retention;
using Minor.Platform.Assessment.Features.Rubrics;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Files;
using Minor.Platform.SharedKernel.Http;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Assessment.Api;

public static class AssessmentApi
{
    private static readonly string[] Staff = [Roles.Lecturer, Roles.Examiner, Roles.Coordinator, Roles.ExamBoard];

    public static IEndpointRouteBuilder MapAssessmentApi(this IEndpointRouteBuilder api)
    {
        var module = api.MapGroup("/cohorts/{cohortId:guid}/modules/{moduleCode}").WithTags("Assessment");
        module.MapGet("/assessment-plan", (Guid cohortId, string moduleCode, AssessmentPlans plans, CancellationToken ct) =>
            plans.GetAsync(cohortId, moduleCode, ct)).RequireApiRoles(Staff);
        module.MapGet("/assessment-plan.csv", PlanCsvAsync).RequireApiRoles(Staff);
        module.MapGet("/assessment-plan.pdf", PlanPdfAsync).RequireApiRoles(Staff);
        module.MapPost("/assessment-plan/publish", PublishPlanAsync).RequireApiRoles(Roles.Lecturer);
        module.MapPost("/assessments", AddAsync).RequireApiRoles(Roles.Lecturer);
        module.MapGet("/results", (Guid cohortId, string moduleCode, ModuleResults results, CancellationToken ct) =>
            results.ListAsync(cohortId, moduleCode, ct)).RequireApiRoles(Staff);

        var cohort = api.MapGroup("/cohorts/{cohortId:guid}").WithTags("Assessment");
        cohort.MapGet("/gradebook", (Guid cohortId, string? module, string? outcome, int? page, int? pageSize, Gradebook gradebook, CancellationToken ct) =>
            gradebook.GetAsync(cohortId, module, outcome, page is null && pageSize is null ? GradebookPage.All : GradebookPage.Of(page, pageSize), ct)).RequireApiRoles(Staff);
        cohort.MapGet("/gradebook.csv", async (Guid cohortId, string? module, string? outcome, Gradebook gradebook, CancellationToken ct) =>
            TypedResults.File(Gradebook.Csv(await gradebook.GetAsync(cohortId, module, outcome, GradebookPage.All, ct)), TableExport.CsvContentType, "cijfers.csv"))
            .RequireApiRoles(Staff);
        cohort.MapGet("/gradebook.xlsx", async (Guid cohortId, string? module, string? outcome, Gradebook gradebook, CancellationToken ct) =>
            TypedResults.File(Gradebook.Xlsx(await gradebook.GetAsync(cohortId, module, outcome, GradebookPage.All, ct)), TableExport.XlsxContentType, "cijfers.xlsx"))
            .RequireApiRoles(Staff);

        var assessment = api.MapGroup("/assessments/{id:guid}").WithTags("Assessment");
        assessment.MapPut("", UpdateAsync).RequireApiRoles(Roles.Lecturer);
        assessment.MapDelete("", DeleteAsync).RequireApiRoles(Roles.Lecturer);
        assessment.MapGet("/rubric", (Guid id, Rubrics rubrics, CancellationToken ct) => rubrics.GetAsync(id, ct)).RequireApiRoles(Staff);
        assessment.MapPut("/rubric", (Guid id, RubricInput input, Rubrics rubrics, CancellationToken ct) => rubrics.SetAsync(id, input, ct))
            .RequireApiRoles(Roles.Lecturer);
        assessment.MapGet("/grades", (Guid id, GradingQueries queries, CancellationToken ct) => queries.ListAsync(id, ct)).RequireApiRoles(Roles.Examiner);
        assessment.MapPost("/grades", (Guid id, GradeInput input, Grading grading, CancellationToken ct) =>
            grading.GradeAsync(id, input, ct)).RequireApiRoles(Roles.Examiner);
        assessment.MapPost("/grades/publish", (Guid id, Grading grading, CancellationToken ct) =>
            grading.PublishAsync(id, ct)).RequireApiRoles(Roles.Examiner);
        assessment.MapPut("/grades/{studentId:guid}", (Guid id, Guid studentId, ReasonedMark input, Grading grading, CancellationToken ct) =>
            grading.ChangeAsync(id, studentId, input.Grade, input.Passed, input.Reason, ct)).RequireApiRoles(Roles.Examiner);
        assessment.MapPost("/grades/{studentId:guid}/calibration", (Guid id, Guid studentId, ReasonedMark input, Grading grading, CancellationToken ct) =>
            grading.CalibrateAsync(id, studentId, input.Grade, input.Passed, input.Reason, ct)).RequireApiRoles(Roles.Examiner);

        assessment.MapPost("/hand-ins", HandInAsync).RequireApiRoles(Roles.Student)
            .WithMetadata(new RequestSizeLimitAttribute(HandIns.MaxRequestBytes))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = HandIns.MaxRequestBytes });
        assessment.MapGet("/hand-ins", (Guid id, HandIns handIns, CancellationToken ct) => handIns.ListForExaminersAsync(id, ct))
            .RequireApiRoles(Roles.Examiner, Roles.Lecturer);
        api.MapGet("/me/assessments/{id:guid}/hand-ins", (Guid id, HandIns handIns, CancellationToken ct) => handIns.ListMineAsync(id, ct))
            .RequireApiRoles(Roles.Student).WithTags("Assessment");
        api.MapGet("/hand-in-files/{id:guid}", DownloadAsync).RequireApiRoles(Roles.Student, Roles.Examiner, Roles.Lecturer).WithTags("Assessment");

        api.MapGet("/me/grading-queue", (GradingQueries queries, CancellationToken ct) => queries.QueueAsync(ct))
            .RequireApiRoles(Roles.Examiner).WithTags("Assessment");
        api.MapGet("/me/modules/{moduleCode}/progress", (string moduleCode, StudentProgress progress, CancellationToken ct) =>
            progress.GetAsync(moduleCode, ct)).RequireApiRoles(Roles.Student).WithTags("Assessment");
        api.MapGet("/audit/grades", (Guid? studentId, GradingQueries queries, CancellationToken ct) => queries.AuditAsync(studentId, ct))
            .RequireApiRoles(Roles.ExamBoard).WithTags("Assessment");
        api.MapPost("/students/{studentId:guid}/legal-holds", async (Guid studentId, LegalHoldInput input, LegalHolds holds, CancellationToken ct) =>
        {
            var hold = await holds.PlaceAsync(studentId, input, ct);
            return TypedResults.Created($"/api/v1/legal-holds/{hold.Id}", hold);
        }).RequireApiRoles(Roles.ExamBoard).WithTags("Assessment");
        api.MapGet("/students/{studentId:guid}/legal-holds", (Guid studentId, LegalHolds holds, CancellationToken ct) => holds.ListAsync(studentId, ct))
            .RequireApiRoles(Roles.ExamBoard).WithTags("Assessment");
        api.MapDelete("/legal-holds/{id:guid}", (Guid id, LegalHolds holds, CancellationToken ct) => holds.LiftAsync(id, ct))
            .RequireApiRoles(Roles.ExamBoard).WithTags("Assessment");
        api.MapGet("/exam-regulation", (ExamRegulations regulations, CancellationToken ct) => regulations.GetAsync(ct))
            .RequireApiRoles(Roles.ExamBoard, Roles.Coordinator, Roles.Lecturer, Roles.Examiner).WithTags("Assessment");
        api.MapPut("/exam-regulation", (ExamRegulationView input, ExamRegulations regulations, CancellationToken ct) => regulations.SetAsync(input, ct))
            .RequireApiRoles(Roles.ExamBoard).WithTags("Assessment");
        return api;
    }

    /// <summary>Reads the multipart form itself, so that API clients with a bearer token need no antiforgery token.</summary>
    private static async Task<Created<HandInView>> HandInAsync(Guid id, HttpRequest request, HandIns handIns, CancellationToken cancellationToken)
    {
        var (_, files) = await FileUploads.ReadFormAsync(request, cancellationToken);
        var handIn = await handIns.SubmitAsync(id, files, cancellationToken);
        return TypedResults.Created($"/api/v1/me/assessments/{id}/hand-ins", handIn);
    }

    private static async Task<FileStreamHttpResult> DownloadAsync(Guid id, HandIns handIns, CancellationToken cancellationToken)
    {
        var file = await handIns.OpenAsync(id, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.Name);
    }

    private static async Task<Created<CreatedAssessment>> AddAsync(
        Guid cohortId, string moduleCode, AssessmentInput input, AssessmentPlans plans, CancellationToken cancellationToken)
    {
        var id = await plans.AddAsync(cohortId, moduleCode, input, cancellationToken);
        return TypedResults.Created($"/api/v1/assessments/{id}", new CreatedAssessment(id));
    }

    private static async Task<NoContent> UpdateAsync(Guid id, AssessmentInput input, AssessmentPlans plans, CancellationToken cancellationToken)
    {
        await plans.UpdateAsync(id, input, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeleteAsync(Guid id, AssessmentPlans plans, CancellationToken cancellationToken)
    {
        await plans.DeleteAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PlanView>> PublishPlanAsync(Guid cohortId, string moduleCode, AssessmentPlans plans, CancellationToken cancellationToken)
    {
        await plans.PublishAsync(cohortId, moduleCode, cancellationToken);
        return TypedResults.Ok(await plans.GetAsync(cohortId, moduleCode, cancellationToken));
    }

    private static async Task<FileContentHttpResult> PlanPdfAsync(
        Guid cohortId, string moduleCode, AssessmentPlans plans, ITracksQueries tracks, ICurriculumQueries curriculum, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var plan = await plans.GetAsync(cohortId, moduleCode, cancellationToken);
        var cohort = await tracks.GetCohortAsync(cohortId, cancellationToken);
        var course = await curriculum.FindCourseAsync(plan.ModuleCode, cohort!.CurriculumVersion, cancellationToken);
        var pdf = PlanPdf.Render(plan, course!.Title, cohort.Name, time.GetUtcNow());
        return TypedResults.File(pdf, "application/pdf", $"toetsmatrijs-{plan.ModuleCode}.pdf");
    }

    private static async Task<FileContentHttpResult> PlanCsvAsync(Guid cohortId, string moduleCode, AssessmentPlans plans, CancellationToken cancellationToken)
    {
        var plan = await plans.GetAsync(cohortId, moduleCode, cancellationToken);
        return TypedResults.File(PlanExport.Csv(plan), TableExport.CsvContentType, $"toetsmatrijs-{plan.ModuleCode}.csv");
    }
}

public sealed record CreatedAssessment(Guid Id);

/// <summary>A grade given with a reason: a calibration or a change after publication.</summary>
public sealed record ReasonedMark(decimal? Grade, bool? Passed, string? Reason);
