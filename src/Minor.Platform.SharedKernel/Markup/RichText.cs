using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace Minor.Platform.SharedKernel.Markup;

/// <summary>
/// Text people write for others to read (feedback, motivations, course materials): Markdown, with any HTML in it
/// allowed only as far as it is harmless. The source is stored as typed; it is rendered here, on the way out, so that
/// a tighter rule later applies to everything ever written.
/// </summary>
public static class RichText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseSoftlineBreakAsHardlineBreak()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The Markdown as HTML that is safe to put in a page: no scripts, no event handlers, no styles, links over http(s) and mailto only.</summary>
    public static HtmlString ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? HtmlString.Empty : new HtmlString(Sanitize(Markdown.ToHtml(markdown, Pipeline)));

    /// <summary>HTML with everything unsafe stripped.</summary>
    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "strong", "b", "em", "i", "del", "s", "u", "sub", "sup", "mark", "code", "pre", "blockquote", "hr",
                "ul", "ol", "li", "a", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "colspan", "rowspan" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(),
        });
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement anchor)
            {
                anchor.SetAttribute("rel", "noopener noreferrer nofollow");
            }
        };
        return sanitizer;
    }
}
