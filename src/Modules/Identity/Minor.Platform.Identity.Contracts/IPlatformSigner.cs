namespace Minor.Platform.Identity.Contracts;

/// <summary>
/// Signs documents with the platform's own key: the key OpenID Connect discovery publishes in its JWKS, so anyone can
/// check a signature without trusting our code.
/// </summary>
public interface IPlatformSigner
{
    /// <summary>A compact JWS (RS256) over the JSON payload, with the key id and the given type in its header.</summary>
    string SignJwt(string payloadJson, string type);
}
