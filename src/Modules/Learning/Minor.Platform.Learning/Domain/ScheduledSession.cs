using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Learning.Domain;

/// <summary>
/// A session on a cohort's weekly schedule: when, where (a room or an online link), about what. Each change raises the
/// sequence, so calendar apps replace the event they had.
/// </summary>
public sealed class ScheduledSession : AuditedEntity, ITenantOwned
{
    private ScheduledSession()
    {
    }

    public ScheduledSession(Guid institutionId, Guid cohortId)
    {
        InstitutionId = institutionId;
        CohortId = cohortId;
    }

    public Guid InstitutionId { get; private set; }

    public Guid CohortId { get; private set; }

    /// <summary>The module the session belongs to; null for a session of the whole minor.</summary>
    public string? CourseCode { get; private set; }

    public string Topic { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string? Place { get; private set; }

    public string? OnlineUrl { get; private set; }

    public int Sequence { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public bool IsCancelled => CancelledAt is not null;

    /// <summary>Sets what the session is; true when something students rely on changed (time, place, topic).</summary>
    public bool Define(string? courseCode, string topic, DateTimeOffset startsAt, DateTimeOffset endsAt, string? place, string? onlineUrl)
    {
        var changed = Topic != topic || StartsAt != startsAt || EndsAt != endsAt || Place != place || OnlineUrl != onlineUrl || CourseCode != courseCode;
        if (changed && Topic.Length > 0)
        {
            Sequence++;
        }

        CourseCode = courseCode;
        Topic = topic;
        StartsAt = startsAt;
        EndsAt = endsAt;
        Place = place;
        OnlineUrl = onlineUrl;
        return changed;
    }

    public void Cancel(DateTimeOffset now)
    {
        if (CancelledAt is null)
        {
            CancelledAt = now;
            Sequence++;
        }
    }
}
