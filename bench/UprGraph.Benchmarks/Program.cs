using System.Reflection;
using BenchmarkDotNet.Running;

namespace UprGraph.Benchmarks;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var commands = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IBenchmarkCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IBenchmarkCommand)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        if (args.Length > 0 && args[0] == "micro")
        {
            // BenchmarkDotNet micro-benchmarks: dotnet run -c Release --project bench/UprGraph.Benchmarks -- micro [--filter *]
            BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args[1..]);
            return 0;
        }

        var command = args.Length > 0 ? commands.FirstOrDefault(c => c.Name == args[0]) : null;
        if (command is null)
        {
            await Console.Error.WriteLineAsync("usage: dotnet run -c Release --project bench/UprGraph.Benchmarks -- <benchmark> [args]").ConfigureAwait(false);
            await Console.Error.WriteLineAsync("  micro  BenchmarkDotNet micro-benchmarks (pass --filter '*')").ConfigureAwait(false);
            foreach (var c in commands)
            {
                await Console.Error.WriteLineAsync($"  {c.Name,-14} {c.Description}").ConfigureAwait(false);
            }

            return 2;
        }

        return await command.RunAsync(args[1..]).ConfigureAwait(false);
    }
}
