using Microsoft.AspNetCore.Identity;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Domain;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Identity.Features.Accounts;

/// <summary>Creates the student account for an admitted applicant, or links the existing one.</summary>
public sealed class EnsureStudentAccount(UserManager<PlatformUser> users, IEventBus events, TimeProvider time)
    : IStudentAccounts
{
    public async Task<Guid> EnsureStudentAsync(NewStudent student, CancellationToken cancellationToken)
    {
        var existing = await users.FindByEmailAsync(student.Email);
        if (existing is not null)
        {
            if (existing.InstitutionId is { } other && other != student.InstitutionId)
            {
                throw new BusinessRuleException("Identity:AccountOfOtherInstitution");
            }

            if (!await users.IsInRoleAsync(existing, Roles.Student))
            {
                Check(await users.AddToRoleAsync(existing, Roles.Student));
            }

            return existing.Id;
        }

        var user = new PlatformUser(student.Email, student.FirstName, student.LastName, student.InstitutionId);
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, Roles.Student));
        await events.PublishAsync(
            new UserRegistered(Guid.CreateVersion7(), time.GetUtcNow(), user.Id, user.InstitutionId, user.Email!),
            cancellationToken);
        return user.Id;
    }

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new BusinessRuleException("Identity:AccountNotSaved",
                string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
