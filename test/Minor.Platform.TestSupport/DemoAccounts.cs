namespace Minor.Platform.TestSupport;

/// <summary>The seeded demo accounts (seeds/demo-users.json) that tests sign in as.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo!2025";
    public const string Admin = "admin@minor.demo";
    public const string Analyst = "analist@swn.demo";
    public const string CurriculumBoard = "curriculum@minor.demo";

    public static string Coordinator(string institution) => $"coordinator@{institution}.demo";

    public static string Lecturer(string institution) => $"docent@{institution}.demo";

    public static string SecondLecturer(string institution) => $"docent2@{institution}.demo";

    public static string ExamBoard(string institution) => $"examencommissie@{institution}.demo";

    public static string Student(string institution) => $"student@{institution}.demo";
}
