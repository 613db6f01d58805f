using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minor.Platform.Curriculum.Contracts;

namespace Minor.Platform.Curriculum.Api;

public static class CurriculumApi
{
    public static IEndpointRouteBuilder MapCurriculumApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/curriculum").WithTags("Curriculum").AllowAnonymous();
        group.MapGet("/modules", ListModulesAsync);
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
