using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Intake.Contracts;
using Minor.Platform.Intake.Features.Applications;
using Minor.Platform.SharedKernel.Files;
using Minor.Platform.SharedKernel.Http;
using Microsoft.AspNetCore.Mvc;

namespace Minor.Platform.Intake.Api;

public static class IntakeApi
{
    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/intake/applications").WithTags("Intake");
        group.MapPost("/", SubmitAsync).AllowAnonymous();
        group.MapGet("/", ListAsync).RequireApiRoles(Roles.Coordinator);
        group.MapPost("/{id:guid}/admit", AdmitAsync).RequireApiRoles(Roles.Coordinator);
        group.MapPost("/{id:guid}/status", (Guid id, StatusRequest request, MoveApplicationHandler handler, CancellationToken ct) =>
            handler.HandleAsync(new MoveApplication(id, request.Status, request.Note, request.Reason, request.PlannedFor), ct)).RequireApiRoles(Roles.Coordinator);
        group.MapPost("/import", (HttpRequest request, ImportApplicationsHandler handler, CancellationToken ct) => handler.HandleAsync(request.Body, ct))
            .RequireApiRoles(Roles.Coordinator)
            .WithMetadata(new RequestSizeLimitAttribute(ImportApplicationsHandler.MaxBytes));
        group.MapGet("/import-template.csv", () => TypedResults.File(ImportApplicationsHandler.Template(), TableExport.CsvContentType, "aanmeldingen-voorbeeld.csv"))
            .RequireApiRoles(Roles.Coordinator);
        group.MapPost("/{id:guid}/legal-hold", (Guid id, LegalHoldRequest request, MoveApplicationHandler handler, CancellationToken ct) =>
            handler.HoldAsync(id, request.Reason, ct)).RequireApiRoles(Roles.Coordinator);
        group.MapDelete("/{id:guid}/legal-hold", async (Guid id, MoveApplicationHandler handler, CancellationToken ct) =>
        {
            await handler.ReleaseHoldAsync(id, ct);
            return TypedResults.NoContent();
        }).RequireApiRoles(Roles.Coordinator);
        group.MapGet("/{id:guid}/history", (Guid id, MoveApplicationHandler handler, CancellationToken ct) => handler.HistoryAsync(id, ct))
            .RequireApiRoles(Roles.Coordinator);
        return api;
    }

    private static async Task<Created<CreatedResponse>> SubmitAsync(
        SubmitApplication request, SubmitApplicationHandler handler, CancellationToken cancellationToken)
    {
        var id = await handler.HandleAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/intake/applications/{id}", new CreatedResponse(id));
    }

    private static async Task<Ok<IReadOnlyList<ApplicationSummaryDto>>> ListAsync(
        IIntakeQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListApplicationsAsync(cancellationToken));

    private static async Task<Ok<AdmitResponse>> AdmitAsync(
        Guid id, AdmitRequest request, AdmitApplicantHandler handler, CancellationToken cancellationToken)
    {
        var studentId = await handler.HandleAsync(new AdmitApplicant(id, request.TrackCode, request.CohortId), cancellationToken);
        return TypedResults.Ok(new AdmitResponse(studentId));
    }
}

public sealed record CreatedResponse(Guid Id);

public sealed record AdmitRequest(string? TrackCode, Guid CohortId);

public sealed record AdmitResponse(Guid StudentId);

public sealed record LegalHoldRequest(string? Reason);

public sealed record StatusRequest(string? Status, string? Note, string? Reason, DateTimeOffset? PlannedFor);
