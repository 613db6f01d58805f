using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Minor.Platform.Identity.Contracts;
using OpenIddict.Server;

namespace Minor.Platform.Identity.Features.Tokens;

/// <summary>Signs with OpenIddict's current signing key, the one its JWKS endpoint publishes.</summary>
public sealed class PlatformSigner(IOptionsMonitor<OpenIddictServerOptions> options) : IPlatformSigner
{
    public string SignJwt(string payloadJson, string type)
    {
        var credentials = options.CurrentValue.SigningCredentials.First(c => c.Key is AsymmetricSecurityKey);
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(payloadJson, credentials, new Dictionary<string, object> { [JwtHeaderParameterNames.Typ] = type });
    }
}
