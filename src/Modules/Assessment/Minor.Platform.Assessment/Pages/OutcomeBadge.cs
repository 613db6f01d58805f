using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Features.Results;
using Minor.Platform.SharedKernel.Pages;

namespace Minor.Platform.Assessment.Pages;

/// <summary>
/// A module result as a badge: the grade, or the outcome where there is none, coloured by outcome, with the outcome for
/// screen readers. Written here rather than as a partial view: the gradebook shows 250 of them a page, and a partial
/// apiece cost a quarter of the page's rendering.
/// </summary>
public static class OutcomeBadge
{
    public static IHtmlContent Of(ModuleResultView result, IStringLocalizer localizer)
    {
        var css = result.Outcome switch
        {
            "passed" => "text-bg-success",
            "failed" => "text-bg-danger",
            "exempt" => "text-bg-info",
            _ => "text-bg-light border",
        };
        var outcome = localizer["Outcome:" + result.Outcome].Value;
        var text = result.Grade is not null ? FormPage.Grade(result.Grade) : result.Outcome == "incomplete" ? localizer["Outcome:Open"].Value : result.Code ?? "–";
        return new HtmlContentBuilder(9)
            .AppendHtml("<span class=\"badge ").AppendHtml(css).AppendHtml(" fs-6 outcome-badge\" title=\"").Append(outcome)
            .AppendHtml("\"><span class=\"visually-hidden\">").Append(outcome).AppendHtml(": </span>").Append(text).AppendHtml("</span>");
    }
}
