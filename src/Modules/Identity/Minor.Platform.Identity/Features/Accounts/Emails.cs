namespace Minor.Platform.Identity.Features.Accounts;

/// <summary>A plain check that an address can be mailed to: one @, a domain with a dot, nothing MailKit would refuse.</summary>
public static class Emails
{
    public static bool LookValid(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Length <= 256
        && System.Net.Mail.MailAddress.TryCreate(email.Trim(), out var address) && address.Address == email.Trim()
        && address.Host.Contains('.') && !address.Host.EndsWith('.');
}
