namespace Minor.Platform.Assessment.Contracts;

/// <summary>Published module results of the caller's hogeschool.</summary>
public interface IAssessmentQueries
{
    Task<IReadOnlyList<ModuleResultDto>> ListResultsAsync(Guid cohortId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ModuleResultDto>> ListResultsOfStudentAsync(Guid studentId, CancellationToken cancellationToken);

    /// <summary>One result across hogescholen, for jobs that act on an event (no caller, so no tenant).</summary>
    Task<ModuleResultDto?> GetResultForProcessingAsync(Guid resultId, CancellationToken cancellationToken);
}
