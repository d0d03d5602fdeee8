using System.Runtime.InteropServices;

namespace Congress.Modules.Biometrics.Infrastructure.Onnx;

/// <summary>
/// Flush-to-zero and denormals-are-zero (MXCSR bits FTZ 0x8000, DAZ 0x0040) on the thread that calls ORT's Run.
/// fr_feature.onnx carries thousands of denormal weights: without FTZ/DAZ one inference takes ~100 ms instead of ~11.
/// ORT's "session.set_denormal_as_zero" reaches only its own pool threads, and the calling thread takes part in the work.
/// .NET has no MXCSR setter, so on x86-64 we write 22 bytes of machine code into an executable page (mmap, then
/// mprotect read+execute; never writable and executable at once) and call it through a function pointer:
/// <code>
///   stmxcsr [rsp-4]       0F AE 5C 24 FC
///   mov eax, [rsp-4]      8B 44 24 FC
///   mov edx, eax          89 C2           ; old value, returned
///   and eax, esi          21 F0           ; keep-mask
///   or  eax, edi          09 F8           ; set-mask
///   mov [rsp-4], eax      89 44 24 FC
///   ldmxcsr [rsp-4]       0F AE 54 24 FC
///   mov eax, edx          89 D0
///   ret                   C3
/// </code>
/// <c>uint f(uint set, uint keep)</c> (System V: edi, esi; a leaf may use the red zone below rsp). The old value is put
/// back after each Run, so a thread-pool thread leaves exactly as it came.
/// </summary>
internal static unsafe class Denormals
{
    public const uint FtzDaz = 0x8040;

    private static readonly byte[] Code =
    [
        0x0F, 0xAE, 0x5C, 0x24, 0xFC,
        0x8B, 0x44, 0x24, 0xFC,
        0x89, 0xC2,
        0x21, 0xF0,
        0x09, 0xF8,
        0x89, 0x44, 0x24, 0xFC,
        0x0F, 0xAE, 0x54, 0x24, 0xFC,
        0x89, 0xD0,
        0xC3,
    ];

    private static readonly delegate* unmanaged<uint, uint, uint> Update = Create();

    /// <summary>False where the trick is not available (not x86-64 Linux); inference then runs at its slower speed.</summary>
    public static bool Available => Update != null;

    /// <summary>The calling thread's MXCSR (0 when unavailable).</summary>
    public static uint Read() => Update == null ? 0 : Update(0, 0xFFFFFFFF);

    /// <summary>Sets FTZ/DAZ on this thread until the returned scope is disposed, then restores the previous value.</summary>
    public static Scope FlushToZero() => Update == null ? default : new Scope(Update(FtzDaz, 0xFFFFFFFF));

    internal readonly struct Scope(uint previous) : IDisposable
    {
        private readonly bool _active = true;

        public void Dispose()
        {
            if (_active && Update != null) Update(previous, 0);
        }
    }

    private static delegate* unmanaged<uint, uint, uint> Create()
    {
        if (RuntimeInformation.ProcessArchitecture != Architecture.X64 || !OperatingSystem.IsLinux()) return null;
        const int protRead = 1, protWrite = 2, protExec = 4, mapPrivate = 2, mapAnonymous = 0x20;
        var page = mmap(0, 4096, protRead | protWrite, mapPrivate | mapAnonymous, -1, 0);
        if (page == -1 || page == 0) return null;
        Marshal.Copy(Code, 0, page, Code.Length);
        if (mprotect(page, 4096, protRead | protExec) != 0) return null;
        return (delegate* unmanaged<uint, uint, uint>)page;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern nint mmap(nint address, nuint length, int protection, int flags, int fd, nint offset);

    [DllImport("libc", SetLastError = true)]
    private static extern int mprotect(nint address, nuint length, int protection);
}
