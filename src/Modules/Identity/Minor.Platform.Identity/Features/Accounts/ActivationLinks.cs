using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Minor.Platform.Identity.Domain;

namespace Minor.Platform.Identity.Features.Accounts;

/// <summary>
/// The link that lets a person without a password choose one: a password-reset token, which works once (choosing the
/// password changes the security stamp) and for 14 days, on the platform's public address.
/// </summary>
public static class ActivationLinks
{
    public static async Task<string> CreateAsync(UserManager<PlatformUser> users, PlatformUser user, IConfiguration configuration)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var baseUrl = (configuration["Platform:PublicBaseUrl"] ?? "http://localhost:5000").TrimEnd('/');
        return $"{baseUrl}/account/activate?user={user.Id}&token={Uri.EscapeDataString(token)}";
    }
}
