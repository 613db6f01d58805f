namespace Minor.Platform.Identity.Features.SignIn;

/// <summary>The providers this platform is configured for, in the order the login page offers them.</summary>
public sealed class FederatedProviders(IReadOnlyList<FederatedProvider> all)
{
    public IReadOnlyList<FederatedProvider> All { get; } = all;

    public FederatedProvider? Find(string? scheme) => All.FirstOrDefault(p => p.Scheme == scheme);
}
