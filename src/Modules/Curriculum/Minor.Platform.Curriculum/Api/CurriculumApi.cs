using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Curriculum.Features;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Http;

namespace Minor.Platform.Curriculum.Api;

public static class CurriculumApi
{
    public static IEndpointRouteBuilder MapCurriculumApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/curriculum").WithTags("Curriculum");
        group.MapGet("/modules", ListModulesAsync).AllowAnonymous();
        group.MapGet("/versions", (ICurriculumQueries queries, CancellationToken ct) => queries.ListVersionsAsync(ct)).AllowAnonymous();
        group.MapGet("/versions/{number:int}", (int number, CurriculumVersions versions, CancellationToken ct) => versions.GetAsync(number, ct)).AllowAnonymous();
        group.MapGet("/versions/{from:int}/diff/{to:int}", (int from, int to, ICurriculumQueries queries, CancellationToken ct) => queries.DiffAsync(from, to, ct))
            .AllowAnonymous();

        var board = group.MapGroup("/versions").RequireApiRoles(Roles.CurriculumBoard);
        board.MapPost("", async (CurriculumVersions versions, CancellationToken ct) =>
        {
            var draft = await versions.CreateDraftAsync(ct);
            return TypedResults.Created($"/api/v1/curriculum/versions/{draft.Version}", draft);
        });
        board.MapPut("/{number:int}/modules/{code}", (int number, string code, ModuleInput input, CurriculumVersions versions, CancellationToken ct) =>
            versions.SaveModuleAsync(number, code, input, ct));
        board.MapDelete("/{number:int}/modules/{code}", (int number, string code, CurriculumVersions versions, CancellationToken ct) =>
            versions.RemoveModuleAsync(number, code, ct));
        board.MapPost("/{number:int}/publish", (int number, CurriculumVersions versions, CancellationToken ct) => versions.PublishAsync(number, ct));
        return api;
    }

    private static async Task<Ok<IEnumerable<ModuleResponse>>> ListModulesAsync(
        ICurriculumQueries queries, CancellationToken cancellationToken)
    {
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var courses = await queries.ListCoursesAsync(cancellationToken);
        return TypedResults.Ok(courses.Select(c => new ModuleResponse(
            c.Code,
            english ? c.TitleEn : c.Title,
            c.Ec,
            c.LearningOutcomes.Select(o => new LearningOutcomeResponse(o.Code, english ? o.DescriptionEn : o.Description)).ToList())));
    }
}

public sealed record ModuleResponse(string Code, string Title, decimal Ec, IReadOnlyList<LearningOutcomeResponse> LearningOutcomes);

public sealed record LearningOutcomeResponse(string Code, string Description);
