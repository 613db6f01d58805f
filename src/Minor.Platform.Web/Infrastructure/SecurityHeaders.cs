namespace Minor.Platform.Web.Infrastructure;

/// <summary>
/// Browser hardening on every response: a content security policy without inline or foreign scripts, no framing, no
/// MIME sniffing, a strict referrer policy. Hangfire's dashboard (administrators only) keeps its own inline scripts.
/// </summary>
public static class SecurityHeaders
{
    // Styles may be inline (Bootstrap's progress widths, htmx's indicator style); scripts come only from this origin.
    // No form-action: the OpenID Connect authorization flow redirects a login form to the client's own address.
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; " +
        // Module pages embed videos from these players only (Learning's VideoEmbed).
        "frame-src https://www.youtube-nocookie.com https://player.vimeo.com";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (!context.Request.Path.StartsWithSegments("/hangfire"))
                {
                    headers.ContentSecurityPolicy = Policy;
                }

                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            await next();
        });
}
