using Microsoft.AspNetCore.Identity;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Identity.Domain;

/// <summary>A person who signs in: student, lecturer, coordinator, board member or analyst.</summary>
public sealed class PlatformUser : IdentityUser<Guid>
{
    private PlatformUser()
    {
    }

    public PlatformUser(string email, string firstName, string lastName, Guid? institutionId)
    {
        Id = Guid.CreateVersion7();
        Email = email.Trim();
        UserName = Email;
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        RefreshSortName();
        InstitutionId = institutionId;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    /// <summary>Orders people the Dutch way in any database (<see cref="DutchNames"/>); compare it ordinally.</summary>
    public string SortName { get; private set; } = "";

    /// <summary>The hogeschool; null for national roles.</summary>
    public Guid? InstitutionId { get; private set; }

    /// <summary>When the account was switched off; a deactivated account cannot sign in, its data stays.</summary>
    public DateTimeOffset? DeactivatedAt { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    public void Deactivate(DateTimeOffset now)
    {
        DeactivatedAt ??= now;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public void Reactivate() => DeactivatedAt = null;

    /// <summary>Derives the sort key from the name (also for accounts from before there was one).</summary>
    public void RefreshSortName() => SortName = DutchNames.SortKey(FirstName, LastName);
}
