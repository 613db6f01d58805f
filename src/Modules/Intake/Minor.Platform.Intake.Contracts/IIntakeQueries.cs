namespace Minor.Platform.Intake.Contracts;

/// <summary>Intake as other modules may read it.</summary>
public interface IIntakeQueries
{
    /// <summary>Applications of the caller's hogeschool, newest first.</summary>
    Task<IReadOnlyList<ApplicationSummaryDto>> ListApplicationsAsync(CancellationToken cancellationToken);
}
