namespace Minor.Platform.Identity.Contracts;

/// <summary>The platform's roles. Coordinator, Lecturer, Examiner, ExamBoard and Student belong to one hogeschool.</summary>
public static class Roles
{
    public const string Student = "Student";
    public const string Lecturer = "Lecturer";
    public const string Examiner = "Examiner";
    public const string Coordinator = "Coordinator";
    public const string ExamBoard = "ExamBoard";
    public const string CurriculumBoard = "CurriculumBoard";
    public const string NationalAnalyst = "NationalAnalyst";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All =
        [Student, Lecturer, Examiner, Coordinator, ExamBoard, CurriculumBoard, NationalAnalyst, Admin];
}
