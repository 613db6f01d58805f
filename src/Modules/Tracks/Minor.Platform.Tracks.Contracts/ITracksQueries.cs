namespace Minor.Platform.Tracks.Contracts;

/// <summary>Tracks are national; cohorts and enrolments are the caller's hogeschool's only.</summary>
public interface ITracksQueries
{
    Task<IReadOnlyList<TrackDto>> ListTracksAsync(CancellationToken cancellationToken);

    Task<TrackDto?> FindTrackAsync(string code, CancellationToken cancellationToken);

    /// <summary>The caller's hogeschool's cohorts, the earliest start first (the running cohort before the next).</summary>
    Task<IReadOnlyList<CohortDto>> ListCohortsAsync(CancellationToken cancellationToken);

    /// <summary>Every cohort of every hogeschool, for seeding and jobs (no caller, so no tenant).</summary>
    Task<IReadOnlyList<CohortDto>> ListCohortsForProcessingAsync(CancellationToken cancellationToken);

    /// <summary>Null when the cohort does not exist or belongs to another hogeschool.</summary>
    Task<CohortDto?> GetCohortAsync(Guid cohortId, CancellationToken cancellationToken);

    /// <summary>A cohort of any hogeschool, for jobs and the certificates of its students; null when it does not exist.</summary>
    Task<CohortDto?> GetCohortForProcessingAsync(Guid cohortId, CancellationToken cancellationToken);

    Task<IReadOnlyList<EnrolmentDto>> ListEnrolmentsAsync(Guid cohortId, CancellationToken cancellationToken);

    /// <summary>How many students are enrolled in the cohort (to hold it to its capacity).</summary>
    Task<int> CountEnrolmentsAsync(Guid cohortId, CancellationToken cancellationToken);

    /// <summary>The number of students of each of the caller's hogeschool's cohorts that has any.</summary>
    Task<IReadOnlyDictionary<Guid, int>> CountEnrolmentsPerCohortAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<EnrolmentDto>> ListEnrolmentsOfStudentAsync(Guid studentId, CancellationToken cancellationToken);

    /// <summary>A student's enrolments whoever asks (a calendar app holding the student's private feed address, a job).</summary>
    Task<IReadOnlyList<EnrolmentDto>> ListEnrolmentsOfStudentForProcessingAsync(Guid studentId, CancellationToken cancellationToken);

    /// <summary>A cohort's enrolments whoever asks (a job has no caller and so no tenant).</summary>
    Task<IReadOnlyList<EnrolmentDto>> ListEnrolmentsForProcessingAsync(Guid cohortId, CancellationToken cancellationToken);

    /// <summary>Every completed minor across hogescholen, for the certificate reconciliation job.</summary>
    Task<IReadOnlyList<MinorCompletionDto>> ListMinorCompletionsForProcessingAsync(CancellationToken cancellationToken);
}
