namespace Minor.Platform.SharedKernel;

/// <summary>
/// Deadlines, intake dates and print dates are Dutch wall-clock time (Europe/Amsterdam, summer time included);
/// the database keeps UTC. One place converts between the two.
/// </summary>
public static class DutchTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>
    /// A wall-clock moment in the Netherlands (a datetime-local field, a seeded deadline) as an instant, in UTC: Npgsql
    /// stores only offset-zero values in timestamptz columns.
    /// </summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    public static DateTimeOffset ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);
}
