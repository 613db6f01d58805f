using Microsoft.Extensions.Configuration;

namespace Minor.Platform.SharedKernel.Privacy;

/// <summary>
/// How long a kind of record is kept (VH Selectielijst, see DOMAIN.md), in days, overridable as
/// Platform:Retention:{Setting}. Every retention job and every job that must not bring a removed record back reads its
/// period from here, so the modules agree on one number.
/// </summary>
public sealed record RetentionPeriod(string Setting, int DefaultDays)
{
    /// <summary>Handed-in work: about two years after the grade is final.</summary>
    public static readonly RetentionPeriod HandIns = new("HandInDays", 730);

    /// <summary>Assessment records (grades per assessment, each examiner's marks, rubric scores, feedback, grade audit): seven years.</summary>
    public static readonly RetentionPeriod AssessmentRecords = new("AssessmentRecordDays", 2557);

    /// <summary>Certificate records and the module results they certify: fifty years.</summary>
    public static readonly RetentionPeriod CertificateRecords = new("CertificateDays", 18262);

    /// <summary>Applications refused or withdrawn before admission: a year after their last step.</summary>
    public static readonly RetentionPeriod RejectedApplications = new("RejectedApplicationDays", 365);

    /// <summary>The moment before which a record of this kind has expired.</summary>
    public DateTimeOffset CutoffFrom(IConfiguration configuration, DateTimeOffset now) =>
        now.AddDays(-configuration.GetValue($"Platform:Retention:{Setting}", DefaultDays));
}
