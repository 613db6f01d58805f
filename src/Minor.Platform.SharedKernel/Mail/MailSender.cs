using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Minor.Platform.SharedKernel.Files;

namespace Minor.Platform.SharedKernel.Mail;

/// <summary>An e-mail the platform sends: plain text, Dutch first with the English below it.</summary>
public sealed record OutgoingMail(string To, string ToName, string Subject, string Text);

public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>
/// Where mail goes: an SMTP server (<c>Platform:Mail:SmtpHost</c>, port, user, password, STARTTLS) or, when no host
/// is set, a folder of <c>.eml</c> files (the embedded default and the tests), so that nothing leaves the machine.
/// </summary>
public sealed record MailOptions(string From, string? SmtpHost, int SmtpPort, string? UserName, string? Password, string PickupFolder);

/// <summary>
/// Sends through MailKit, or writes each message as an .eml file into the pickup folder, whole or not at all
/// (<see cref="AtomicFile"/>), so whoever reads the folder (a pickup service, the tests) never sees half a message.
/// </summary>
public sealed class MailKitSender(MailOptions options) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Text };

        if (string.IsNullOrWhiteSpace(options.SmtpHost))
        {
            var path = Path.Combine(options.PickupFolder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            await AtomicFile.WriteAsync(path, (stream, ct) => message.WriteToAsync(stream, ct), cancellationToken);
            return;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(options.SmtpHost, options.SmtpPort, SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await smtp.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
        }

        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(true, cancellationToken);
    }
}
