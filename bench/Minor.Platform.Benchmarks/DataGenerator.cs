using System.Diagnostics;
using Npgsql;

namespace Minor.Platform.Benchmarks;

/// <summary>How much data a size stands for (issue 8): students in one cohort of one hogeschool, and the national history.</summary>
public sealed record DataSize(string Name, int Students, int Institutions, int Years, int Applications)
{
    public static readonly DataSize S = new("S", 100, 3, 10, 1_000);
    public static readonly DataSize M = new("M", 1_000, 10, 10, 10_000);
    public static readonly DataSize L = new("L", 10_000, 25, 10, 100_000);

    public static DataSize Parse(string name) => name.ToUpperInvariant() switch
    {
        "S" => S,
        "M" => M,
        "L" => L,
        _ => throw new ArgumentException($"Size {name} is not S, M or L.", nameof(name)),
    };
}

/// <summary>
/// Fills a platform database (migrated and seeded by the platform itself, demo accounts included) with a benchmark
/// cohort at Noord: students who can sign in (the demo password), enrolments, a published toetsplan of two
/// assessments per module, hand-ins, examiners' and final grades with their log, module results and certificates;
/// and a national intake history over the hogescholen and years. Set-based SQL in one transaction, deterministic:
/// every id and every grade comes from the row's number, so two runs of one size make the same data.
/// </summary>
public static class DataGenerator
{
    public const string Password = "Demo!2025";

    public static string StudentEmail(int number) => $"bench{number}@noord.bench";

    public static async Task<GeneratedData> RunAsync(string connectionString, DataSize size, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var cohortId = DeterministicGuid($"bench-cohort-{size.Name}");

        async Task StepAsync(string what, string sql)
        {
            var step = Stopwatch.StartNew();
            await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 600 };
            command.Parameters.AddWithValue("n", size.Students);
            command.Parameters.AddWithValue("extra", Math.Max(0, size.Institutions - 3));
            command.Parameters.AddWithValue("institutions", size.Institutions);
            command.Parameters.AddWithValue("years", size.Years);
            command.Parameters.AddWithValue("applications", size.Applications);
            command.Parameters.AddWithValue("cohort", cohortId);
            command.Parameters.AddWithValue("cohortName", $"Noord benchmark {size.Name}");
            var rows = await command.ExecuteNonQueryAsync();
            await log.WriteLineAsync($"  {what}: {rows:N0} rows in {step.Elapsed.TotalSeconds:0.0} s");
        }

        await StepAsync("hogescholen", Sql.Institutions);
        await StepAsync("cohort", Sql.Cohort);
        await StepAsync("students", Sql.Students);
        await StepAsync("student roles", Sql.StudentRoles);
        await StepAsync("enrolments", Sql.Enrolments);
        await StepAsync("toetsplannen", Sql.Plans);
        await StepAsync("assessments", Sql.Assessments);
        await StepAsync("hand-ins", Sql.HandIns);
        await StepAsync("examiners' grades", Sql.ExaminerGrades);
        await StepAsync("final grades", Sql.StudentGrades);
        await StepAsync("grade log", Sql.GradeLog);
        await StepAsync("module results", Sql.ModuleResults);
        await StepAsync("certificates", Sql.Certificates);
        await StepAsync("applications", Sql.Applications);
        await StepAsync("application steps", Sql.ApplicationSteps);
        await transaction.CommitAsync();
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        await using var code = new NpgsqlCommand(
            "SELECT verification_code FROM certificates.certificates WHERE student_id = @student ORDER BY subject_key LIMIT 1", connection);
        code.Parameters.AddWithValue("student", DeterministicGuid("bench-student-1"));
        var verificationCode = (string)(await code.ExecuteScalarAsync())!;
        await log.WriteLineAsync($"Size {size.Name} generated in {clock.Elapsed.TotalSeconds:0.0} s");
        return new GeneratedData(cohortId, verificationCode, clock.Elapsed);
    }

    /// <summary>The same uuid PostgreSQL makes with md5(text)::uuid.</summary>
    public static Guid DeterministicGuid(string text) =>
        Guid.ParseExact(Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(text))), "N");

    private static class Sql
    {
        private const string Noord = "(SELECT id FROM identity.institutions WHERE code = 'noord')";
        private const string Lecturer = "(SELECT id FROM identity.\"AspNetUsers\" WHERE normalized_email = 'DOCENT@NOORD.DEMO')";
        private const string BenchAssessments = "SELECT a.* FROM assessment.assessments a WHERE a.cohort_id = @cohort";
        private const string Grade = "round(5.5 + (abs(hashtext(s.i::text || a.id::text)) % 45) / 10.0, 1)";

        public const string Institutions = """
            INSERT INTO identity.institutions (id, code, name, city, created_at)
            SELECT md5('bench-institution-' || i)::uuid, 'hs' || lpad(i::text, 2, '0'), 'Hogeschool ' || i,
                   (ARRAY['Utrecht', 'Zwolle', 'Leeuwarden', 'Arnhem', 'Breda', 'Den Haag', 'Rotterdam', 'Groningen'])[1 + i % 8], now()
            FROM generate_series(1, @extra) i
            WHERE NOT EXISTS (SELECT 1 FROM identity.institutions WHERE code = 'hs' || lpad(i::text, 2, '0'))
            """;

        public const string Cohort = $"""
            INSERT INTO tracks.cohorts (id, institution_id, name, starts_on, ends_on, enrolment_open, curriculum_version, created_at)
            VALUES (@cohort, {Noord}, @cohortName, DATE '2026-09-01', DATE '2027-01-31', true, 1, now())
            """;

        public const string Students = $"""
            INSERT INTO identity."AspNetUsers" (id, first_name, last_name, sort_name, institution_id, user_name, normalized_user_name, email, normalized_email,
                email_confirmed, password_hash, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
            SELECT md5('bench-student-' || i)::uuid, 'Student', 'Bench ' || i, 'bench ' || i || chr(1) || 'student' || chr(1), {Noord}, 'bench' || i || '@noord.bench', upper('bench' || i || '@noord.bench'),
                   'bench' || i || '@noord.bench', upper('bench' || i || '@noord.bench'), true,
                   (SELECT password_hash FROM identity."AspNetUsers" WHERE normalized_email = 'STUDENT@NOORD.DEMO'),
                   upper(md5('stamp-' || i)), md5('concurrency-' || i), false, false, true, 0
            FROM generate_series(1, @n) i
            """;

        public const string StudentRoles = """
            INSERT INTO identity."AspNetUserRoles" (user_id, role_id)
            SELECT md5('bench-student-' || i)::uuid, (SELECT id FROM identity."AspNetRoles" WHERE name = 'Student') FROM generate_series(1, @n) i
            """;

        public const string Enrolments = $"""
            INSERT INTO tracks.enrolments (id, institution_id, cohort_id, student_id, track_code, enrolled_at, created_at)
            SELECT md5('bench-enrolment-' || i)::uuid, {Noord}, @cohort, md5('bench-student-' || i)::uuid, 'REG', TIMESTAMPTZ '2026-08-15 10:00Z', now()
            FROM generate_series(1, @n) i
            """;

        public const string Plans = $"""
            INSERT INTO assessment.plans (id, institution_id, cohort_id, course_code, status, published_at, created_at)
            SELECT md5('bench-plan-' || @cohort || c.code)::uuid, {Noord}, @cohort, c.code, 'Published', now(), now()
            FROM curriculum.courses c JOIN curriculum.versions v ON v.id = c.version_id AND v.number = 1
            """;

        public const string Assessments = $"""
            INSERT INTO assessment.assessments (id, institution_id, plan_id, cohort_id, course_code, title, type, weight, learning_outcome_codes, scale,
                examiners_required, calibration_margin, final_rule, deadline, created_at, late_hand_in, anonymous, position)
            SELECT md5('bench-assessment-' || @cohort || c.code || k)::uuid, {Noord}, md5('bench-plan-' || @cohort || c.code)::uuid, @cohort, c.code,
                   CASE k WHEN 1 THEN 'Tussentijds verslag' ELSE 'Eindopdracht' END, CASE k WHEN 1 THEN 'Paper' ELSE 'PracticalAssignment' END, 50,
                   (SELECT array_agg(o.code ORDER BY o."order") FROM curriculum.learning_outcome o WHERE o.course_id = c.id),
                   'Numeric', 1, 1.0, 'Mean', TIMESTAMPTZ '2026-12-18 16:00Z' + (c."order" * 7 + k * 3) * INTERVAL '1 day', now(), 'MarkLate', false, k
            FROM curriculum.courses c JOIN curriculum.versions v ON v.id = c.version_id AND v.number = 1, generate_series(1, 2) k
            """;

        public const string HandIns = $"""
            INSERT INTO assessment.hand_ins (id, institution_id, assessment_id, student_id, attempt, late, submitted_at)
            SELECT md5('bench-hand-in-' || a.id || s.i)::uuid, a.institution_id, a.id, md5('bench-student-' || s.i)::uuid, 1, false, TIMESTAMPTZ '2026-11-20 12:00Z'
            FROM ({BenchAssessments}) a, generate_series(1, @n) s(i)
            """;

        public const string ExaminerGrades = $"""
            INSERT INTO assessment.examiner_grades (id, institution_id, assessment_id, student_id, examiner_id, grade, graded_at, created_at)
            SELECT md5('bench-examiner-grade-' || a.id || s.i)::uuid, a.institution_id, a.id, md5('bench-student-' || s.i)::uuid, {Lecturer}, {Grade},
                   TIMESTAMPTZ '2026-11-25 12:00Z', now()
            FROM ({BenchAssessments}) a, generate_series(1, @n) s(i)
            """;

        public const string StudentGrades = $"""
            INSERT INTO assessment.student_grades (id, institution_id, assessment_id, cohort_id, course_code, student_id, state, grade, calibrated,
                published_at, published_by, created_at)
            SELECT md5('bench-grade-' || a.id || s.i)::uuid, a.institution_id, a.id, a.cohort_id, a.course_code, md5('bench-student-' || s.i)::uuid, 'Final', {Grade},
                   false, TIMESTAMPTZ '2026-11-26 12:00Z', {Lecturer}, now()
            FROM ({BenchAssessments}) a, generate_series(1, @n) s(i)
            """;

        public const string GradeLog = $"""
            INSERT INTO assessment.grade_audit (id, institution_id, assessment_id, student_id, kind, new_grade, changed_by, changed_at)
            SELECT md5('bench-audit-' || e.kind || a.id || s.i)::uuid, a.institution_id, a.id, md5('bench-student-' || s.i)::uuid, e.kind, {Grade}, {Lecturer}, e.at
            FROM ({BenchAssessments}) a, generate_series(1, @n) s(i),
                 (VALUES ('Graded', TIMESTAMPTZ '2026-11-25 12:00Z'), ('Published', TIMESTAMPTZ '2026-11-26 12:00Z')) e(kind, at)
            """;

        public const string ModuleResults = """
            INSERT INTO assessment.module_results (id, institution_id, cohort_id, course_code, student_id, grade, examiner_id, published_at, created_at, outcome)
            SELECT md5('bench-result-' || g.cohort_id || g.course_code || g.student_id)::uuid, min(g.institution_id::text)::uuid, g.cohort_id, g.course_code, g.student_id,
                   round(avg(g.grade), 1), min(g.published_by::text)::uuid, max(g.published_at), now(), 'Passed'
            FROM assessment.student_grades g WHERE g.cohort_id = @cohort
            GROUP BY g.cohort_id, g.course_code, g.student_id
            """;

        public const string Certificates = """
            INSERT INTO certificates.certificates (id, institution_id, student_id, kind, subject_key, source_id, title, ec, grade, holder_name, institution_name,
                issued_on, language, verification_code, status, issued_at, render_attempts, created_at)
            SELECT md5('bench-certificate-' || r.id)::uuid, r.institution_id, r.student_id, 'module', r.course_code, r.id, c.code || ' ' || c.title, c.ec, r.grade,
                   u.first_name || ' ' || u.last_name, i.name, DATE '2026-11-26', 'nl',
                   translate(upper(substr(md5('bench-code-' || r.id), 1, 12)), '01', '89'), 'Issued', TIMESTAMPTZ '2026-11-26 13:00Z', 1, now()
            FROM assessment.module_results r
            JOIN identity."AspNetUsers" u ON u.id = r.student_id
            JOIN identity.institutions i ON i.id = r.institution_id
            JOIN curriculum.courses c ON c.code = r.course_code JOIN curriculum.versions v ON v.id = c.version_id AND v.number = 1
            WHERE r.cohort_id = @cohort
            """;

        // Over the hogescholen and the years: tracks, sectors, regions and outcomes drawn from the row number, so every
        // period has every status and the small-cell rules have something to hide.
        public const string Applications = """
            INSERT INTO intake.applications (id, institution_id, first_name, last_name, email, track_code, motivation, submitted_at, consent_given_at, status,
                background_education_level, background_region, background_sector, background_years_experience, created_at, period, sector_key)
            SELECT md5('bench-application-' || n)::uuid, h.id, 'Aanmelder', 'Historie ' || n, 'aanmelder' || n || '@historie.bench',
                   (ARRAY['REG', 'REG', 'REG', 'Z1', 'Z2', 'Z3'])[1 + n % 6], 'Ik wil bijdragen aan mijn wijk.', at, at,
                   (ARRAY['Completed', 'Completed', 'Completed', 'Stopped', 'Started', 'Rejected', 'Withdrawn', 'Admitted', 'Submitted', 'Completed'])[1 + (n / 7) % 10],
                   (ARRAY['hbo', 'hbo', 'mbo', 'wo', 'hbo'])[1 + n % 5],
                   (ARRAY['Groningen', 'Friesland', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg'])[1 + (n / 3) % 12],
                   sector, n % 15, at, period, sector
            FROM (
                SELECT n, 2017 + (n % @years) AS period,
                       (ARRAY['welzijn', 'zorg', 'onderwijs', 'politie', 'jeugdzorg', 'gemeente', 'woningcorporatie', 'bibliotheek', 'sportbedrijf', 'welzijn'])[1 + (n / 11) % 10] AS sector,
                       make_timestamptz(2017 + (n % @years), 1 + (n / 13) % 9, 1 + n % 28, 10, 0, 0, 'UTC') AS at,
                       1 + (n / @years) % @institutions AS h
                FROM generate_series(1, @applications) n
            ) a
            JOIN LATERAL (SELECT id FROM identity.institutions ORDER BY code OFFSET a.h - 1 LIMIT 1) h ON true
            """;

        public const string ApplicationSteps = """
            INSERT INTO intake.application_steps (id, institution_id, application_id, "from", "to", by, at, number)
            SELECT md5('bench-step-' || a.id || s.number)::uuid, a.institution_id, a.id, s.from_status, s.to_status, NULL, a.submitted_at + s.number * INTERVAL '10 days', s.number
            FROM intake.applications a
            JOIN LATERAL (VALUES
                (1, 'Submitted', 'IntakePlanned'), (2, 'IntakePlanned', 'IntakeHeld'), (3, 'IntakeHeld',
                    CASE a.status WHEN 'Rejected' THEN 'Rejected' WHEN 'Withdrawn' THEN 'Withdrawn' ELSE 'Admitted' END),
                (4, 'Admitted', 'Started'), (5, 'Started', CASE a.status WHEN 'Stopped' THEN 'Stopped' ELSE 'Completed' END)
            ) s(number, from_status, to_status) ON a.status <> 'Submitted'
                AND s.number <= CASE a.status WHEN 'Rejected' THEN 3 WHEN 'Withdrawn' THEN 3 WHEN 'Admitted' THEN 3 WHEN 'Started' THEN 4 ELSE 5 END
            WHERE a.email LIKE '%@historie.bench'
            """;
    }
}

public sealed record GeneratedData(Guid CohortId, string VerificationCode, TimeSpan Took);
