using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Localization;
using Minor.Platform.Web.Localization;

namespace Minor.Platform.Web.Infrastructure;

/// <summary>
/// Turns the modules' exceptions into RFC 9457 problem details for the API: field errors and broken rules are 422,
/// a missing or hidden thing 404, a database that cannot be reached 503 with Retry-After. Localised by the request's culture; never a stack trace.
/// </summary>
public sealed class ApiExceptionHandler(
    IProblemDetailsService problems, ErrorMessages errors, IStringLocalizer<WebResource> localizer) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; the feature keeps the original path.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
        if (!new PathString(path).StartsWithSegments("/api"))
        {
            return false;
        }

        ProblemDetails? problem = exception switch
        {
            InputValidationException invalid => new HttpValidationProblemDetails(
                invalid.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = localizer["Problem:Validation"],
            },
            ForbiddenException forbidden => RuleProblem(forbidden, StatusCodes.Status403Forbidden),
            BusinessRuleException rule => RuleProblem(rule, StatusCodes.Status422UnprocessableEntity),
            NotFoundException => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = localizer["Problem:NotFound"],
            },
            _ when IsDatabaseAway(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = localizer["Problem:Unavailable"],
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = localizer["Problem:BadRequest"],
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        context.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "5";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The database cannot be reached (restarting, failing over): a passing state, so 503 and "try again", not 500.</summary>
    private static bool IsDatabaseAway(Exception exception) =>
        exception is Npgsql.NpgsqlException { IsTransient: true } || exception.InnerException is Npgsql.NpgsqlException { IsTransient: true };

    private ProblemDetails RuleProblem(BusinessRuleException rule, int status)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = errors.For(rule.Code, rule.MessageArguments),
        };
        problem.Extensions["code"] = rule.Code;
        foreach (var (key, value) in rule.Details)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}
