using System.Runtime.InteropServices;

// Native code outside Biometrics on purpose; RulesCatchViolationsTests expects exactly the *Breaks* types to be caught.
namespace Congress.ArchitectureTests.Samples.Native;

internal static class ImportsBreaks
{
    [DllImport("libc", EntryPoint = "getpid")]
    internal static extern int ProcessId();
}

/// <summary>Loads a native library only after an await (the reference lives in the state machine).</summary>
internal sealed class LoadsBreaks
{
    public async Task<bool> Run()
    {
        await Task.Yield();
        return NativeLibrary.TryLoad("libc.so.6", out _);
    }
}

internal sealed class PlainArithmetic
{
    public int Run(int a) => a * 2;
}
