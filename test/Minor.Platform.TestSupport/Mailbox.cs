using MimeKit;

namespace Minor.Platform.TestSupport;

/// <summary>The platform's outgoing mail as the embedded default writes it: .eml files in the data folder's mail folder.</summary>
public static class Mailbox
{
    /// <summary>The text of the newest mail to <paramref name="email"/>, waiting until one arrives.</summary>
    public static async Task<string> NewestToAsync(string dataFolder, string email)
    {
        var folder = Path.Combine(dataFolder, "mail");
        var text = await Eventually.UntilAsync(
            () => Task.FromResult(Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(path => MimeMessage.Load(path))
                    .LastOrDefault(m => m.To.Mailboxes.Any(b => b.Address == email))?.TextBody
                : null),
            body => body is not null,
            $"a mail to {email}");
        return text!;
    }

    /// <summary>Every activation link in the mail folder, by the address it was sent to (the newest per address).</summary>
    public static IReadOnlyDictionary<string, string> ActivationLinks(string dataFolder) =>
        Directory.GetFiles(Path.Combine(dataFolder, "mail"), "*.eml").Order(StringComparer.Ordinal)
            .Select(path => MimeMessage.Load(path))
            .GroupBy(m => m.To.Mailboxes.First().Address)
            .ToDictionary(g => g.Key, g => ActivationLinkIn(g.Last().TextBody ?? ""));

    /// <summary>The account activation link in the newest mail to <paramref name="email"/>.</summary>
    public static async Task<string> ActivationLinkAsync(string dataFolder, string email) => ActivationLinkIn(await NewestToAsync(dataFolder, email));

    private static string ActivationLinkIn(string text) => System.Text.RegularExpressions.Regex.Match(text, @"http\S+/account/activate\S+").Value;
}
