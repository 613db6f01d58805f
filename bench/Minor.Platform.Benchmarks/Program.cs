using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Minor.Platform.Benchmarks;

// render: BenchmarkDotNet, in process (our central package versions and warnings-as-errors would trip its generated
// projects). e2e N: the bulk-issue benchmark for N certificates. rush N [MB]: N students hand in a file of MB (1 by
// default) each within a minute. pages S|M|L: data generator and page benchmarks. datagen S|M|L <connection>: the generator alone. See
// bench/README.md.
if (args.Length > 0 && args[0] == "rush")
{
    return await DeadlineRush.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1);
}

if (args.Length > 0 && args[0] == "pages")
{
    // An optional third argument keeps only the addresses that contain it, e.g. "pages M /home".
    return await PageBenchmark.RunAsync(DataSize.Parse(args.Length > 1 ? args[1] : "M"), args.Length > 2 ? args[2] : null);
}

if (args.Length > 0 && args[0] == "datagen")
{
    // datagen S|M|L <connection string>: fills a database that the platform has migrated and seeded (demo data on).
    await DataGenerator.RunAsync(args[2], DataSize.Parse(args[1]), Console.Out);
    return 0;
}

if (args.Length > 0 && args[0] == "e2e")
{
    return await BulkIssueBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
}

var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkRunner.Run<RenderBenchmarks>(config, args.Skip(1).ToArray());
return 0;
