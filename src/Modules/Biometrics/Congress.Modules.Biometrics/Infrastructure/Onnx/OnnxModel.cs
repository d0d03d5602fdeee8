using System.Runtime.InteropServices;

namespace Congress.Modules.Biometrics.Infrastructure.Onnx;

/// <summary>One tensor's name and shape as the model declares them (−1 for a dynamic dimension).</summary>
internal sealed record TensorSpec(string Name, long[] Shape)
{
    public override string ToString() => $"{Name}[{string.Join(',', Shape)}]";
}

/// <summary>
/// One ONNX model in a session: its real input and output names and shapes read through the API (never guessed),
/// and a float-in, float-out <see cref="Run"/>. Session::Run is thread-safe in ORT, so one instance serves every caller.
/// </summary>
internal sealed unsafe class OnnxModel : IDisposable
{
    private readonly OrtRuntime _ort;
    private nint _session;
    private readonly nint[] _inputNames;
    private readonly nint[] _outputNames;

    public string Path { get; }
    public IReadOnlyList<TensorSpec> Inputs { get; }
    public IReadOnlyList<TensorSpec> Outputs { get; }

    public OnnxModel(OrtRuntime ort, string path, int intraOpThreads, bool denormalAsZero = true)
    {
        _ort = ort;
        Path = path;
        if (!File.Exists(path)) throw new FileNotFoundException($"Không tìm thấy mô hình: {path}", path);
        _session = ort.CreateSession(path, intraOpThreads, denormalAsZero);
        Inputs = Enumerable.Range(0, ort.InputCount(_session)).Select(i => new TensorSpec(ort.InputName(_session, i), ort.InputShape(_session, i))).ToList();
        Outputs = Enumerable.Range(0, ort.OutputCount(_session)).Select(i => new TensorSpec(ort.OutputName(_session, i), ort.OutputShape(_session, i))).ToList();
        _inputNames = Inputs.Select(i => Marshal.StringToCoTaskMemUTF8(i.Name)).ToArray();
        _outputNames = Outputs.Select(o => Marshal.StringToCoTaskMemUTF8(o.Name)).ToArray();
    }

    public TensorSpec Output(string name) => Outputs.FirstOrDefault(o => o.Name == name)
        ?? throw new InvalidOperationException($"{System.IO.Path.GetFileName(Path)} has no output '{name}' (it has {string.Join(", ", Outputs)}).");

    /// <summary>Runs the model's single input; returns every output, copied out, in the model's order.</summary>
    public float[][] Run(ReadOnlySpan<float> input, ReadOnlySpan<long> shape) => Run(input, shape, flushDenormals: true);

    /// <summary>As <see cref="Run(ReadOnlySpan{float}, ReadOnlySpan{long})"/>, leaving the calling thread's MXCSR alone (the bench's baseline).</summary>
    public float[][] RunWithoutFlushToZero(ReadOnlySpan<float> input, ReadOnlySpan<long> shape) => Run(input, shape, flushDenormals: false);

    private float[][] Run(ReadOnlySpan<float> input, ReadOnlySpan<long> shape, bool flushDenormals)
    {
        if (_inputNames.Length != 1) throw new InvalidOperationException($"{Path} has {_inputNames.Length} inputs; one expected.");
        var outputs = stackalloc nint[_outputNames.Length];
        for (var i = 0; i < _outputNames.Length; i++) outputs[i] = 0;
        using var ftz = flushDenormals ? Denormals.FlushToZero() : default;
        fixed (float* data = input)
        fixed (nint* inNames = _inputNames)
        fixed (nint* outNames = _outputNames)
        {
            var tensor = _ort.CreateTensor(data, input.Length, shape);
            try
            {
                _ort.Run(_session, inNames, &tensor, 1, outNames, _outputNames.Length, outputs);
                var result = new float[_outputNames.Length][];
                for (var i = 0; i < _outputNames.Length; i++)
                {
                    var dims = _ort.TensorShape(outputs[i]);
                    long count = 1;
                    foreach (var d in dims) count *= d;
                    result[i] = new ReadOnlySpan<float>(_ort.TensorData(outputs[i]), (int)count).ToArray();
                }
                return result;
            }
            finally
            {
                _ort.ReleaseValue(tensor);
                for (var i = 0; i < _outputNames.Length; i++) _ort.ReleaseValue(outputs[i]);
            }
        }
    }

    public void Dispose()
    {
        var session = Interlocked.Exchange(ref _session, 0);
        if (session == 0) return;
        _ort.ReleaseSession(session);
        foreach (var n in _inputNames) Marshal.FreeCoTaskMem(n);
        foreach (var n in _outputNames) Marshal.FreeCoTaskMem(n);
    }
}
