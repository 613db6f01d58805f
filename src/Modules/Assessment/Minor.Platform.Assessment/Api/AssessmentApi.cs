using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minor.Platform.Assessment.Features.Results;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Http;

namespace Minor.Platform.Assessment.Api;

public static class AssessmentApi
{
    public static IEndpointRouteBuilder MapAssessmentApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/cohorts/{cohortId:guid}/modules/{moduleCode}/results", RecordAsync)
            .RequireApiRoles(Roles.Lecturer, Roles.Examiner)
            .WithTags("Assessment");
        return api;
    }

    private static async Task<Created<RecordedResult>> RecordAsync(
        Guid cohortId, string moduleCode, RecordResultRequest request, RecordModuleResultHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new RecordModuleResult(cohortId, moduleCode, request.StudentId, request.Grade), cancellationToken);
        return TypedResults.Created($"/api/v1/cohorts/{cohortId}/modules/{moduleCode}/results/{result.Id}", result);
    }
}

public sealed record RecordResultRequest(Guid StudentId, decimal? Grade);
