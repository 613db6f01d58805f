using MimeKit;

namespace Minor.Platform.TestSupport;

/// <summary>The platform's outgoing mail as the embedded default writes it: .eml files in the data folder's mail folder.</summary>
public static class Mailbox
{
    /// <summary>The text of the newest mail to <paramref name="email"/>, waiting until one arrives.</summary>
    public static async Task<string> NewestToAsync(string dataFolder, string email)
    {
        var text = await Eventually.UntilAsync(
            () => Task.FromResult(All(dataFolder).LastOrDefault(m => m.To.Mailboxes.Any(b => b.Address == email))?.TextBody),
            body => body is not null,
            $"a mail to {email}");
        return text!;
    }

    /// <summary>Every mail written so far, oldest first.</summary>
    public static IReadOnlyList<MimeMessage> All(string dataFolder)
    {
        var folder = Path.Combine(dataFolder, "mail");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(path => MimeMessage.Load(path)).ToList()
            : [];
    }

    /// <summary>The mails to <paramref name="email"/> whose subject starts with <paramref name="subject"/>, once there are at least <paramref name="count"/>.</summary>
    public static async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string dataFolder, string email, string subject, int count = 1) =>
        await Eventually.UntilAsync(
            () => Task.FromResult((IReadOnlyList<MimeMessage>)All(dataFolder)
                .Where(m => m.To.Mailboxes.Any(b => b.Address == email) && (m.Subject ?? "").StartsWith(subject, StringComparison.Ordinal)).ToList()),
            found => found.Count >= count,
            $"{count} mail(s) to {email} about '{subject}'");

    /// <summary>Every activation link in the mail folder, by the address it was sent to (the newest per address).</summary>
    public static IReadOnlyDictionary<string, string> ActivationLinks(string dataFolder) =>
        All(dataFolder)
            .GroupBy(m => m.To.Mailboxes.First().Address)
            .ToDictionary(g => g.Key, g => ActivationLinkIn(g.Last().TextBody ?? ""));

    /// <summary>The account activation link in the newest mail to <paramref name="email"/>.</summary>
    public static async Task<string> ActivationLinkAsync(string dataFolder, string email) => ActivationLinkIn(await NewestToAsync(dataFolder, email));

    private static string ActivationLinkIn(string text) => System.Text.RegularExpressions.Regex.Match(text, @"http\S+/account/activate\S+").Value;
}
