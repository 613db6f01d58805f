namespace Minor.Platform.Assessment.Contracts;

/// <summary>Published module results of the caller's hogeschool.</summary>
public interface IAssessmentQueries
{
    Task<IReadOnlyList<ModuleResultDto>> ListResultsAsync(Guid cohortId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ModuleResultDto>> ListResultsOfStudentAsync(Guid studentId, CancellationToken cancellationToken);

    /// <summary>
    /// Every passing result across hogescholen, for the certificate reconciliation job (no caller, so no tenant).
    /// </summary>
    Task<IReadOnlyList<ModuleResultDto>> ListPassedResultsForProcessingAsync(CancellationToken cancellationToken);

    /// <summary>One student's results, whoever asks (an event handler of another module, a job).</summary>
    Task<IReadOnlyList<ModuleResultDto>> ListResultsOfStudentForProcessingAsync(Guid studentId, CancellationToken cancellationToken);

    /// <summary>
    /// Students under a legal hold (placed by an examencommissie for an appeal, a fraud case or a complaint), across
    /// hogescholen, for the retention jobs of other modules: while a hold is in place they remove nothing of the student.
    /// </summary>
    Task<IReadOnlyList<Guid>> ListStudentsUnderLegalHoldForProcessingAsync(CancellationToken cancellationToken);

    /// <summary>The cohort's assessment plans (toetsplannen) of the caller's hogeschool: per module, the learning outcomes its assessments cover.</summary>
    Task<IReadOnlyList<AssessmentPlanDto>> ListPlansAsync(Guid cohortId, CancellationToken cancellationToken);
}

/// <summary>An assessment plan as other modules see it: its module, whether it is published, and the learning outcomes it covers.</summary>
public sealed record AssessmentPlanDto(string ModuleCode, bool Published, IReadOnlyList<string> LearningOutcomeCodes);
