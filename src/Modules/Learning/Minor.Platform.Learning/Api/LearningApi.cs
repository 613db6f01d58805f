using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Learning.Features;
using Minor.Platform.Learning.Features.Announcements;
using Minor.Platform.Learning.Features.Calendar;
using Minor.Platform.Learning.Features.Schedule;
using Minor.Platform.Learning.Features.Sections;
using Minor.Platform.SharedKernel.Files;
using Minor.Platform.SharedKernel.Http;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Learning.Api;

public static class LearningApi
{
    private static readonly string[] Teachers = [Roles.Lecturer, Roles.Coordinator];

    public static IEndpointRouteBuilder MapLearningApi(this IEndpointRouteBuilder api)
    {
        var cohort = api.MapGroup("/cohorts/{cohortId:guid}").WithTags("Learning");
        cohort.MapGet("/modules/{moduleCode}/page", (Guid cohortId, string moduleCode, CourseSections sections, CancellationToken ct) =>
            sections.GetForStaffAsync(cohortId, moduleCode, ct)).RequireApiRoles(CohortAccess.Staff);
        cohort.MapPost("/modules/{moduleCode}/sections", async (Guid cohortId, string moduleCode, SectionInput input, CourseSections sections, CancellationToken ct) =>
        {
            var section = await sections.AddSectionAsync(cohortId, moduleCode, input, ct);
            return TypedResults.Created($"/api/v1/sections/{section.Id}", section);
        }).RequireApiRoles(Teachers);
        cohort.MapGet("/schedule", (Guid cohortId, Schedules schedules, CancellationToken ct) => schedules.ListAsync(cohortId, ct)).RequireApiRoles(CohortAccess.Staff);
        cohort.MapPost("/schedule", async (Guid cohortId, SessionInput input, Schedules schedules, CancellationToken ct) =>
        {
            var session = await schedules.AddAsync(cohortId, input, ct);
            return TypedResults.Created($"/api/v1/sessions/{session.Id}", session);
        }).RequireApiRoles(Teachers);
        cohort.MapGet("/announcements", (Guid cohortId, Announcements announcements, CancellationToken ct) => announcements.ListAsync(cohortId, ct))
            .RequireApiRoles(CohortAccess.Staff);
        cohort.MapPost("/announcements", async (Guid cohortId, AnnouncementInput input, Announcements announcements, CancellationToken ct) =>
        {
            var announcement = await announcements.PublishAsync(cohortId, input, ct);
            return TypedResults.Created($"/api/v1/cohorts/{cohortId}/announcements", announcement);
        }).RequireApiRoles(Teachers);

        var learning = api.MapGroup("").WithTags("Learning");
        learning.MapPut("/sections/{id:guid}", (Guid id, SectionInput input, CourseSections sections, CancellationToken ct) => sections.UpdateSectionAsync(id, input, ct))
            .RequireApiRoles(Teachers);
        learning.MapDelete("/sections/{id:guid}", async (Guid id, CourseSections sections, CancellationToken ct) =>
        {
            await sections.DeleteSectionAsync(id, ct);
            return TypedResults.NoContent();
        }).RequireApiRoles(Teachers);
        learning.MapPost("/sections/{id:guid}/materials", async (Guid id, MaterialInput input, CourseSections sections, CancellationToken ct) =>
            TypedResults.Created("/api/v1/materials", await sections.AddLinkAsync(id, input, ct))).RequireApiRoles(Teachers);
        learning.MapPost("/sections/{id:guid}/files", AddFileAsync).RequireApiRoles(Teachers)
            .WithMetadata(new RequestSizeLimitAttribute(CourseSections.MaxRequestBytes));
        learning.MapDelete("/materials/{id:guid}", async (Guid id, CourseSections sections, CancellationToken ct) =>
        {
            await sections.RemoveMaterialAsync(id, ct);
            return TypedResults.NoContent();
        }).RequireApiRoles(Teachers);
        learning.MapGet("/materials/{id:guid}/file", async (Guid id, CourseSections sections, CancellationToken ct) =>
        {
            var file = await sections.DownloadAsync(id, ct);
            return TypedResults.File(file.Content, file.ContentType, file.Name);
        }).RequireApiRoles([.. CohortAccess.Staff, Roles.Student]);
        learning.MapPut("/sessions/{id:guid}", (Guid id, SessionInput input, Schedules schedules, CancellationToken ct) => schedules.UpdateAsync(id, input, ct))
            .RequireApiRoles(Teachers);
        learning.MapPost("/sessions/{id:guid}/cancel", (Guid id, Schedules schedules, CancellationToken ct) => schedules.CancelAsync(id, ct))
            .RequireApiRoles(Teachers);

        learning.MapGet("/me/modules/{moduleCode}/page", (string moduleCode, CourseSections sections, CancellationToken ct) => sections.GetMineAsync(moduleCode, ct))
            .RequireApiRoles(Roles.Student);
        learning.MapGet("/me/schedule", (Schedules schedules, CancellationToken ct) => schedules.ListMineAsync(ct)).RequireApiRoles(Roles.Student);
        learning.MapGet("/me/announcements", (Announcements announcements, CancellationToken ct) => announcements.ListMineAsync(50, ct)).RequireApiRoles(Roles.Student);
        learning.MapDelete("/me/calendar-feed", async (ICurrentUser user, CalendarFeeds feeds, CancellationToken ct) =>
        {
            await feeds.RevokeAsync(user.UserId!.Value, ct);
            return TypedResults.NoContent();
        }).RequireApiRoles(Roles.Student);
        return api;
    }

    /// <summary>The private calendar feed: no sign-in, the token in the address is the key.</summary>
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{token}.ics", async Task<Results<ContentHttpResult, NotFound>> (string token, CalendarFeeds feeds, HttpContext context, CancellationToken ct) =>
        {
            if (await feeds.RenderAsync(token, ct) is not { } calendar)
            {
                return TypedResults.NotFound();
            }

            context.Response.Headers.CacheControl = "private, max-age=300";
            return TypedResults.Content(calendar, "text/calendar; charset=utf-8");
        }).AllowAnonymous().WithTags("Learning");
        return app;
    }

    private static async Task<Created<MaterialView>> AddFileAsync(Guid id, HttpRequest request, CourseSections sections, CancellationToken cancellationToken)
    {
        var (fields, files) = await FileUploads.ReadFormAsync(request, cancellationToken);
        return TypedResults.Created("/api/v1/materials", await sections.AddFileAsync(id, fields["title"].ToString(), files, cancellationToken));
    }
}
