using System.Security.Cryptography;
using System.Text;

namespace Minor.Platform.Identity.Domain;

/// <summary>
/// A first sign-in with a school account or eduID that could not be linked by itself: the person proves the
/// address of their platform account with a code mailed to it. Only the code's hash is kept.
/// </summary>
public sealed class FederatedLinkRequest
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private FederatedLinkRequest()
    {
    }

    private FederatedLinkRequest(string scheme, string issuer, string subject, string email, Guid? userId, string codeHash, DateTimeOffset expiresAt)
    {
        Id = Guid.CreateVersion7();
        Scheme = scheme;
        Issuer = issuer;
        Subject = subject;
        Email = email;
        UserId = userId;
        CodeHash = codeHash;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public string Scheme { get; private set; } = "";

    public string Issuer { get; private set; } = "";

    public string Subject { get; private set; } = "";

    /// <summary>The address the code went to (or would have gone to: the page says the same either way).</summary>
    public string Email { get; private set; } = "";

    /// <summary>The account to link; null when no account may be linked this way (no code was mailed).</summary>
    public Guid? UserId { get; private set; }

    public string CodeHash { get; private set; } = "";

    public DateTimeOffset ExpiresAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>A new request and its six-digit code, which only the mail carries.</summary>
    public static (FederatedLinkRequest Request, string Code) Start(
        string scheme, string issuer, string subject, string email, Guid? userId, DateTimeOffset now)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var request = new FederatedLinkRequest(scheme, issuer, subject, email, userId, "", now + Lifetime);
        request.CodeHash = Hash(request.Id, code);
        return (request, code);
    }

    /// <summary>True when the code is right and the request still open; every try counts, a completed request stays closed.</summary>
    public bool TryComplete(string code, DateTimeOffset now)
    {
        if (CompletedAt is not null || now > ExpiresAt || Attempts >= MaxAttempts)
        {
            return false;
        }

        Attempts++;
        var right = UserId is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(CodeHash), Encoding.ASCII.GetBytes(Hash(Id, code.Trim())));
        if (right)
        {
            CompletedAt = now;
        }

        return right;
    }

    public bool IsOpen(DateTimeOffset now) => CompletedAt is null && now <= ExpiresAt && Attempts < MaxAttempts;

    private static string Hash(Guid id, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{id:N}:{code}")));
}
