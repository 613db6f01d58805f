using System.Security.Cryptography;

namespace Minor.Platform.Certificates.Domain;

/// <summary>Twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L): about 60 bits of chance.</summary>
public static class VerificationCode
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 12;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static string? Normalize(string? input)
    {
        var code = new string((input ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }
}
