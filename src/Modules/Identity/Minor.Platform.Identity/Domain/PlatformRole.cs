using Microsoft.AspNetCore.Identity;

namespace Minor.Platform.Identity.Domain;

public sealed class PlatformRole : IdentityRole<Guid>
{
    private PlatformRole()
    {
    }

    public PlatformRole(string name) : base(name)
    {
        Id = Guid.CreateVersion7();
        NormalizedName = name.ToUpperInvariant();
    }
}
