namespace Minor.Platform.TestSupport;

/// <summary>Razor forms as a browser posts them.</summary>
public static class Forms
{
    /// <summary>The antiforgery token a Razor form carries.</summary>
    public static string AntiforgeryToken(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
}
