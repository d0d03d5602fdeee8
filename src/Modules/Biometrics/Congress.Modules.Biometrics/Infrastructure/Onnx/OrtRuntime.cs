using System.Runtime.InteropServices;

namespace Congress.Modules.Biometrics.Infrastructure.Onnx;

/// <summary>
/// Our binding of ONNX Runtime's C API (docs/adr/0007): <c>OrtGetApiBase()</c> → <c>GetApi(version)</c> → the OrtApi
/// struct, a table of function pointers read by slot. The slots are those of
/// include/onnxruntime/core/session/onnxruntime_c_api.h; the table only ever grows at its end, so these never move.
/// One process-wide instance: the library is loaded by full path once and never unloaded.
/// </summary>
internal sealed unsafe class OrtRuntime
{
    /// <summary>ORT_API_VERSION of onnxruntime 1.30 (the npm package's library answers any version up to its own).</summary>
    public const uint ApiVersion = 30;

    // Slots in struct OrtApi (0-based), counted from the header.
    private const int SlotGetErrorMessage = 2;
    private const int SlotCreateEnv = 3;
    private const int SlotCreateSession = 7;
    private const int SlotRun = 9;
    private const int SlotCreateSessionOptions = 10;
    private const int SlotSetSessionGraphOptimizationLevel = 23;
    private const int SlotSetIntraOpNumThreads = 24;
    private const int SlotSetInterOpNumThreads = 25;
    private const int SlotSessionGetInputCount = 30;
    private const int SlotSessionGetOutputCount = 31;
    private const int SlotSessionGetInputTypeInfo = 33;
    private const int SlotSessionGetOutputTypeInfo = 34;
    private const int SlotSessionGetInputName = 36;
    private const int SlotSessionGetOutputName = 37;
    private const int SlotCreateTensorWithDataAsOrtValue = 49;
    private const int SlotGetTensorMutableData = 51;
    private const int SlotCastTypeInfoToTensorInfo = 55;
    private const int SlotGetDimensionsCount = 61;
    private const int SlotGetDimensions = 62;
    private const int SlotGetTensorTypeAndShape = 65;
    private const int SlotCreateCpuMemoryInfo = 69;
    private const int SlotAllocatorFree = 76;
    private const int SlotGetAllocatorWithDefaultOptions = 78;
    private const int SlotReleaseEnv = 92;
    private const int SlotReleaseStatus = 93;
    private const int SlotReleaseSession = 95;
    private const int SlotReleaseValue = 96;
    private const int SlotReleaseTypeInfo = 98;
    private const int SlotReleaseTensorTypeAndShapeInfo = 99;
    private const int SlotReleaseSessionOptions = 100;
    private const int SlotAddSessionConfigEntry = 130;

    private static readonly Lock Gate = new();
    private static OrtRuntime? _instance;
    private static string? _loadedFrom;

    private readonly nint* _api;
    private readonly nint _env;
    private readonly nint _memoryInfo;
    private readonly nint _allocator;

    public string Version { get; }
    public string LibraryPath { get; }

    private OrtRuntime(string libraryPath)
    {
        LibraryPath = libraryPath;
        var library = NativeLibrary.Load(libraryPath);
        var getApiBase = (delegate* unmanaged<nint*>)NativeLibrary.GetExport(library, "OrtGetApiBase");
        var apiBase = getApiBase();
        var getApi = (delegate* unmanaged<uint, nint*>)apiBase[0];
        var getVersion = (delegate* unmanaged<nint>)apiBase[1];
        Version = Marshal.PtrToStringUTF8(getVersion()) ?? "?";
        _api = getApi(ApiVersion);
        if (_api is null) throw new InvalidOperationException($"ONNX Runtime {Version} at {libraryPath} does not offer C API version {ApiVersion}.");

        nint env, memoryInfo, allocator;
        var logId = Marshal.StringToCoTaskMemUTF8("congress");
        try
        {
            // ORT_LOGGING_LEVEL_ERROR = 3
            Check(((delegate* unmanaged<int, nint, nint*, nint>)_api[SlotCreateEnv])(3, logId, &env));
        }
        finally { Marshal.FreeCoTaskMem(logId); }
        // OrtArenaAllocator = 1, OrtMemTypeDefault = 0
        Check(((delegate* unmanaged<int, int, nint*, nint>)_api[SlotCreateCpuMemoryInfo])(1, 0, &memoryInfo));
        Check(((delegate* unmanaged<nint*, nint>)_api[SlotGetAllocatorWithDefaultOptions])(&allocator));
        _env = env;
        _memoryInfo = memoryInfo;
        _allocator = allocator;
    }

    /// <summary>The runtime loaded from <paramref name="libraryPath"/> (the first path wins for the process's lifetime).</summary>
    public static OrtRuntime Load(string libraryPath)
    {
        lock (Gate)
        {
            if (_instance is not null) return _instance;
            var full = Path.GetFullPath(libraryPath);
            if (!File.Exists(full)) throw new FileNotFoundException($"Không tìm thấy thư viện ONNX Runtime: {full}", full);
            _instance = new OrtRuntime(full);
            _loadedFrom = full;
            return _instance;
        }
    }

    public static string? LoadedFrom => _loadedFrom;

    public nint MemoryInfo => _memoryInfo;

    /// <summary>Throws with ORT's own message when a call returned a status (null means success).</summary>
    public void Check(nint status)
    {
        if (status == 0) return;
        var message = Marshal.PtrToStringUTF8(((delegate* unmanaged<nint, nint>)_api[SlotGetErrorMessage])(status)) ?? "unknown error";
        ((delegate* unmanaged<nint, void>)_api[SlotReleaseStatus])(status);
        throw new OrtException(message);
    }

    public nint CreateSession(string modelPath, int intraOpThreads, bool denormalAsZero = true)
    {
        nint options, session;
        Check(((delegate* unmanaged<nint*, nint>)_api[SlotCreateSessionOptions])(&options));
        try
        {
            Check(((delegate* unmanaged<nint, int, nint>)_api[SlotSetIntraOpNumThreads])(options, intraOpThreads));
            Check(((delegate* unmanaged<nint, int, nint>)_api[SlotSetInterOpNumThreads])(options, 1));
            Check(((delegate* unmanaged<nint, int, nint>)_api[SlotSetSessionGraphOptimizationLevel])(options, 99)); // ORT_ENABLE_ALL
            // Flush-to-zero / denormals-are-zero on ORT's own intra-op pool threads; the calling thread is set by Denormals.
            // With it ORT also flushes denormal initializers to zero when it loads the model.
            if (denormalAsZero) AddConfig(options, "session.set_denormal_as_zero", "1");
            AddConfig(options, "session.intra_op.allow_spinning", "0");
            var path = Marshal.StringToCoTaskMemUTF8(modelPath);
            try { Check(((delegate* unmanaged<nint, nint, nint, nint*, nint>)_api[SlotCreateSession])(_env, path, options, &session)); }
            finally { Marshal.FreeCoTaskMem(path); }
        }
        finally { ((delegate* unmanaged<nint, void>)_api[SlotReleaseSessionOptions])(options); }
        return session;
    }

    private void AddConfig(nint options, string key, string value)
    {
        var k = Marshal.StringToCoTaskMemUTF8(key);
        var v = Marshal.StringToCoTaskMemUTF8(value);
        try { Check(((delegate* unmanaged<nint, nint, nint, nint>)_api[SlotAddSessionConfigEntry])(options, k, v)); }
        finally { Marshal.FreeCoTaskMem(k); Marshal.FreeCoTaskMem(v); }
    }

    public int InputCount(nint session)
    {
        nuint count;
        Check(((delegate* unmanaged<nint, nuint*, nint>)_api[SlotSessionGetInputCount])(session, &count));
        return (int)count;
    }

    public int OutputCount(nint session)
    {
        nuint count;
        Check(((delegate* unmanaged<nint, nuint*, nint>)_api[SlotSessionGetOutputCount])(session, &count));
        return (int)count;
    }

    public string InputName(nint session, int index) => Name(session, index, SlotSessionGetInputName);

    public string OutputName(nint session, int index) => Name(session, index, SlotSessionGetOutputName);

    private string Name(nint session, int index, int slot)
    {
        nint name;
        Check(((delegate* unmanaged<nint, nuint, nint, nint*, nint>)_api[slot])(session, (nuint)index, _allocator, &name));
        try { return Marshal.PtrToStringUTF8(name) ?? ""; }
        finally { Check(((delegate* unmanaged<nint, nint, nint>)_api[SlotAllocatorFree])(_allocator, name)); }
    }

    public long[] InputShape(nint session, int index) => Shape(session, index, SlotSessionGetInputTypeInfo);

    public long[] OutputShape(nint session, int index) => Shape(session, index, SlotSessionGetOutputTypeInfo);

    private long[] Shape(nint session, int index, int slot)
    {
        nint typeInfo, tensorInfo;
        Check(((delegate* unmanaged<nint, nuint, nint*, nint>)_api[slot])(session, (nuint)index, &typeInfo));
        try
        {
            Check(((delegate* unmanaged<nint, nint*, nint>)_api[SlotCastTypeInfoToTensorInfo])(typeInfo, &tensorInfo));
            return Dimensions(tensorInfo);
        }
        finally { ((delegate* unmanaged<nint, void>)_api[SlotReleaseTypeInfo])(typeInfo); }
    }

    private long[] Dimensions(nint tensorInfo)
    {
        nuint count;
        Check(((delegate* unmanaged<nint, nuint*, nint>)_api[SlotGetDimensionsCount])(tensorInfo, &count));
        var dims = new long[(int)count];
        fixed (long* d = dims) Check(((delegate* unmanaged<nint, long*, nuint, nint>)_api[SlotGetDimensions])(tensorInfo, d, count));
        return dims;
    }

    /// <summary>A float tensor over memory the caller keeps pinned until the value is released.</summary>
    public nint CreateTensor(float* data, int length, ReadOnlySpan<long> shape)
    {
        nint value;
        fixed (long* s = shape)
            Check(((delegate* unmanaged<nint, void*, nuint, long*, nuint, int, nint*, nint>)_api[SlotCreateTensorWithDataAsOrtValue])(
                _memoryInfo, data, (nuint)(length * sizeof(float)), s, (nuint)shape.Length, 1 /* ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT */, &value));
        return value;
    }

    public void Run(nint session, nint* inputNames, nint* inputs, int inputCount, nint* outputNames, int outputCount, nint* outputs) =>
        Check(((delegate* unmanaged<nint, nint, nint*, nint*, nuint, nint*, nuint, nint*, nint>)_api[SlotRun])(
            session, 0, inputNames, inputs, (nuint)inputCount, outputNames, (nuint)outputCount, outputs));

    public float* TensorData(nint value)
    {
        void* data;
        Check(((delegate* unmanaged<nint, void**, nint>)_api[SlotGetTensorMutableData])(value, &data));
        return (float*)data;
    }

    public long[] TensorShape(nint value)
    {
        nint info;
        Check(((delegate* unmanaged<nint, nint*, nint>)_api[SlotGetTensorTypeAndShape])(value, &info));
        try { return Dimensions(info); }
        finally { ((delegate* unmanaged<nint, void>)_api[SlotReleaseTensorTypeAndShapeInfo])(info); }
    }

    public void ReleaseValue(nint value)
    {
        if (value != 0) ((delegate* unmanaged<nint, void>)_api[SlotReleaseValue])(value);
    }

    public void ReleaseSession(nint session)
    {
        if (session != 0) ((delegate* unmanaged<nint, void>)_api[SlotReleaseSession])(session);
    }
}

internal sealed class OrtException(string message) : Exception(message);
