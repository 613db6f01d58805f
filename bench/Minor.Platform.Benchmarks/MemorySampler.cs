using System.Diagnostics;

namespace Minor.Platform.Benchmarks;

/// <summary>Samples the resident memory (KB) of the web process every 100 ms from /proc.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public MemorySampler() => _loop = Task.Run(async () =>
    {
        while (!_stop.IsCancellationRequested)
        {
            var kb = Process.GetProcessesByName("Minor.Platform.Web").Sum(p => p.WorkingSet64) / 1024;
            First = First == 0 ? kb : First;
            Peak = Math.Max(Peak, kb);
            Last = kb;
            await Task.Delay(100);
        }
    });

    public long First { get; private set; }

    public long Peak { get; private set; }

    public long Last { get; private set; }

    public void Dispose()
    {
        _stop.Cancel();
        _loop.Wait();
        _stop.Dispose();
    }
}
