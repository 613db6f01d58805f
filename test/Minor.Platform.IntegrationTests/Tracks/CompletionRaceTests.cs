using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.TestSupport;
using Npgsql;

namespace Minor.Platform.IntegrationTests.Tracks;

/// <summary>
/// A grade publication hands Tracks one passed result after another in one request. When the safety net (or another
/// publication) records a student's completion between Tracks' look and its insert, that insert fails on the unique
/// key; the next student in the same request must still complete.
/// </summary>
public sealed class CompletionRaceTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task ACompletionRecordedMeanwhile_DoesNotStopTheNextStudentsCompletion_InTheSameRequest()
    {
        var cohortId = await CohortBuilder.AdmitAndPassAsync(Platform.BaseAddress, "noord", students: 2);
        await using var other = new NpgsqlConnection(Platform.ConnectionString);
        await other.OpenAsync();
        await ExecuteAsync(other, $"""
            CREATE TEMP TABLE lost AS SELECT * FROM tracks.minor_completions WHERE cohort_id = '{cohortId}';
            DELETE FROM tracks.minor_completions WHERE cohort_id = '{cohortId}';
            """);
        var students = await StudentsAsync(other);
        students.Count.ShouldBe(2, "both students completed when their grades were published");
        var (first, second) = (students[0], students[1]);

        // Another transaction is recording the first student's completion and has not committed yet.
        await using var meanwhile = await other.BeginTransactionAsync();
        await ExecuteAsync(other, $"INSERT INTO tracks.minor_completions SELECT * FROM lost WHERE student_id = '{first.StudentId}'");

        await using var scope = Platform.Services.CreateAsyncScope();
        var events = scope.ServiceProvider.GetRequiredService<IEventBus>();
        var firstHandled = events.PublishAsync(Passed(cohortId, first), CancellationToken.None);
        await TestDatabase.UntilAnInsertWaitsAsync(Platform.ConnectionString, "tracks.minor_completions");
        await meanwhile.CommitAsync();
        await firstHandled;

        await events.PublishAsync(Passed(cohortId, second), CancellationToken.None);

        (await ScalarAsync($"SELECT count(*) FROM tracks.minor_completions WHERE cohort_id = '{cohortId}' AND student_id = '{second.StudentId}'"))
            .ShouldBe(1, "the second student's completion is recorded in the same request");
        (await ScalarAsync($"SELECT count(*) FROM tracks.minor_completions WHERE cohort_id = '{cohortId}'")).ShouldBe(2);
    }

    private static ModuleResultPublished Passed(Guid cohortId, (Guid InstitutionId, Guid StudentId) student) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), student.InstitutionId, cohortId, "M5", student.StudentId, 7.0m, true, null);

    private static async Task<List<(Guid InstitutionId, Guid StudentId)>> StudentsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT institution_id, student_id FROM lost ORDER BY student_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var students = new List<(Guid, Guid)>();
        while (await reader.ReadAsync())
        {
            students.Add((reader.GetGuid(0), reader.GetGuid(1)));
        }

        return students;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
