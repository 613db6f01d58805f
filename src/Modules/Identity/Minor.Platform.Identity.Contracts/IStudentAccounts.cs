namespace Minor.Platform.Identity.Contracts;

/// <summary>Creates or links student accounts for admitted applicants.</summary>
public interface IStudentAccounts
{
    /// <summary>
    /// Returns the id of the student account with this e-mail address, creating it (without a password: the student
    /// sets one through the invitation) when there is none. Idempotent.
    /// </summary>
    Task<Guid> EnsureStudentAsync(NewStudent student, CancellationToken cancellationToken);
}
