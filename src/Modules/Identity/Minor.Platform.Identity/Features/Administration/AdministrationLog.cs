using Microsoft.AspNetCore.Http;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Identity.Features.Administration;

/// <summary>Writes an entry of the administration log into the same unit of work as the change it describes.</summary>
public sealed class AdministrationLog(IdentityModuleDbContext db, ICurrentUser currentUser, IHttpContextAccessor http, TimeProvider time)
{
    public void Record(string action, string subject, Guid? institutionId, string details)
    {
        var name = http.HttpContext?.User.FindFirst(PlatformClaimTypes.Name)?.Value ?? "Minor.Platform";
        db.AdministrationLog.Add(new AdministrationLogEntry(time.GetUtcNow(), currentUser.UserId, name, institutionId, action, subject, details));
    }

    /// <summary>"field: old → new" for each field that changed.</summary>
    public static string Changes(params (string Field, object? Old, object? New)[] fields) =>
        string.Join("; ", fields.Where(f => !Equals(f.Old, f.New)).Select(f => $"{f.Field}: {Show(f.Old)} → {Show(f.New)}"));

    private static string Show(object? value) => value switch
    {
        null => "–",
        bool b => b ? "ja" : "nee",
        _ => value.ToString() ?? "–",
    };
}
