using Minor.Platform.SharedKernel.Markup;

namespace Minor.Platform.UnitTests.Files;

/// <summary>Markdown written by lecturers and students becomes HTML that cannot run anything in a reader's browser.</summary>
public sealed class RichTextTests
{
    [Fact]
    public void Markdown_BecomesFormattedHtml()
    {
        var html = RichText.ToHtml("**Goed** onderbouwd.\n\n- analyse\n- [bronnen](https://example.org/bron)").Value!;

        html.ShouldContain("<strong>Goed</strong>");
        html.ShouldContain("<li>analyse</li>");
        html.ShouldContain("<a href=\"https://example.org/bron\" rel=\"noopener noreferrer nofollow\">bronnen</a>");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>Tekst", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("[klik](javascript:alert(1))", "javascript:")]
    [InlineData("<a href=\"javascript:alert(1)\">klik</a>", "javascript:")]
    [InlineData("<p style=\"position:fixed;top:0\">overlay</p>", "style")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<form action=\"https://evil.example\"><input name=password></form>", "<input")]
    [InlineData("<svg><script>alert(1)</script></svg>", "<svg")]
    public void UnsafeHtml_IsStripped(string written, string forbidden)
    {
        RichText.ToHtml(written).Value!.ShouldNotContain(forbidden, Case.Insensitive);
    }

    [Fact]
    public void SafeHtml_AndPlainText_Survive()
    {
        RichText.ToHtml("Zie <em>hoofdstuk 3</em> & 4 < 5").Value!.Trim().ShouldBe("<p>Zie <em>hoofdstuk 3</em> &amp; 4 &lt; 5</p>");
        RichText.ToHtml("  ").Value.ShouldBe("");
        RichText.ToHtml(null).Value.ShouldBe("");
    }
}
