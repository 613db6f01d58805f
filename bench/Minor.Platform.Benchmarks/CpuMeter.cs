using System.Diagnostics;
using System.Globalization;

namespace Minor.Platform.Benchmarks;

/// <summary>
/// CPU time (user + system, from /proc) that the web process, PostgreSQL and this client spent between two readings,
/// so a table can say where the two cores went per request.
/// </summary>
public readonly record struct CpuMeter(double WebMs, double PostgresMs, double ClientMs)
{
    private static readonly double MsPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux.

    public static CpuMeter Read() => new(
        Process.GetProcessesByName("Minor.Platform.Web").Sum(p => Ticks(p.Id)) * MsPerTick,
        SumByKernelName("postgres"),
        Ticks(Environment.ProcessId) * MsPerTick);

    public CpuMeter Since(CpuMeter start) =>
        new(WebMs - start.WebMs, PostgresMs - start.PostgresMs, ClientMs - start.ClientMs);

    // By the kernel's name of the process (/proc/PID/comm): PostgreSQL rewrites its command line per backend.
    private static double SumByKernelName(string processName) =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name!.All(char.IsAsciiDigit))
            .Select(name => int.Parse(name!, CultureInfo.InvariantCulture))
            .Where(pid => Comm(pid) == processName)
            .Sum(Ticks) * MsPerTick;

    private static string? Comm(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").TrimEnd('\n');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long Ticks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name may hold spaces; fields after its closing parenthesis are fixed: utime and stime are the
            // 12th and 13th of them.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // The process ended between listing and reading.
        }
    }
}
