using System.Text.RegularExpressions;

namespace Minor.Platform.Learning.Features.Sections;

/// <summary>
/// The video services whose players a module page may embed (and the page's Content-Security-Policy allows as
/// frames): YouTube, through its privacy-enhanced domain, and Vimeo. Anything else is refused as a video.
/// </summary>
public static partial class VideoEmbed
{
    public static readonly string[] FrameSources = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"];

    /// <summary>The player address for a video page's address, or null when it is not a video of a known service.</summary>
    public static string? PlayerFor(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        string? youTube = host switch
        {
            "youtu.be" => url.AbsolutePath.Trim('/'),
            "www.youtube.com" or "youtube.com" or "m.youtube.com" when url.AbsolutePath == "/watch" => QueryValue(url, "v"),
            "www.youtube.com" or "youtube.com" when url.AbsolutePath.StartsWith("/embed/", StringComparison.Ordinal) => url.AbsolutePath["/embed/".Length..],
            _ => null,
        };
        if (youTube is not null)
        {
            return YouTubeId().IsMatch(youTube) ? $"https://www.youtube-nocookie.com/embed/{youTube}" : null;
        }

        if (host is "vimeo.com" or "www.vimeo.com" && VimeoId().Match(url.AbsolutePath) is { Success: true } vimeo)
        {
            return $"https://player.vimeo.com/video/{vimeo.Groups[1].Value}";
        }

        return null;
    }

    private static string? QueryValue(Uri url, string name) =>
        url.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == name && p.Length == 2)?[1];

    [GeneratedRegex("^[A-Za-z0-9_-]{6,20}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^/([0-9]{1,12})/?$")]
    private static partial Regex VimeoId();
}
