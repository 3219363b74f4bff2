using SharpFuzz;

namespace UprGraph.Fuzz;

/// <summary>
/// The fuzzing harness (scripts/fuzz.sh runs it under afl-fuzz). Without arguments it serves afl-fuzz: each input goes
/// through the readers (text, PDF, Word: chosen by its bytes, as the CLI chooses) and the extractor, and any exception
/// but <see cref="Model.InputException"/> is a crash. <c>seeds DIR DOCUMENTS...</c> writes the starting corpus;
/// <c>replay FILES...</c> runs inputs once and prints what each throws.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "seeds")
        {
            FuzzSeeds.Write(args[1], args[2..]);
            return 0;
        }

        if (args.Length >= 1 && args[0] == "replay")
        {
            return CrashReplay.Run(args[1..], Console.Out);
        }

        // Made inside the run: instrumented code may only run once SharpFuzz has attached afl's shared memory.
        FuzzTarget? target = null;
        Fuzzer.OutOfProcess.Run(stream => (target ??= new FuzzTarget()).Run(stream));
        return 0;
    }
}
