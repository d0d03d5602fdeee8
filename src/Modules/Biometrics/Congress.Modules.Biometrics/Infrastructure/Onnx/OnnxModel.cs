using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;

namespace Congress.Modules.Biometrics.Infrastructure.Onnx;

/// <summary>One tensor's name and shape as the model declares them (−1 for a dynamic dimension).</summary>
internal sealed record TensorSpec(string Name, long[] Shape)
{
    public override string ToString() => $"{Name}[{string.Join(',', Shape)}]";
}

/// <summary>
/// One ONNX model in an <see cref="InferenceSession"/> of Microsoft.ML.OnnxRuntime (docs/adr/0014): its real input and
/// output names and shapes read from the session (never guessed), and per-caller <see cref="Buffers"/> that are made
/// once and reused: pinned float arrays wrapped as OrtValues and bound to the session with an <see cref="OrtIoBinding"/>,
/// so a frame costs one <c>RunWithBinding</c> and no allocation, copy or marshalling. Session.Run is thread-safe in ORT;
/// each concurrent caller rents its own buffers (a pool that grows to the number of callers at once).
/// </summary>
internal sealed class OnnxModel : IDisposable
{
    /// <summary>ORT's session config key for flush-to-zero/denormals-are-zero (onnxruntime_session_options_config_keys.h).</summary>
    public const string DenormalAsZeroKey = "session.set_denormal_as_zero";

    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly ConcurrentBag<Buffers> _idle = [];
    private readonly ConcurrentBag<Buffers> _all = [];
    private int _disposed;

    public string Path { get; }
    public IReadOnlyList<TensorSpec> Inputs { get; }
    public IReadOnlyList<TensorSpec> Outputs { get; }
    public bool DenormalAsZero { get; }

    public OnnxModel(string path, int intraOpThreads, bool denormalAsZero)
    {
        Path = path;
        DenormalAsZero = denormalAsZero;
        if (!File.Exists(path)) throw new FileNotFoundException($"Không tìm thấy mô hình: {path}", path);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = intraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        if (denormalAsZero) options.AddSessionConfigEntry(DenormalAsZeroKey, "1");
        _session = new InferenceSession(path, options);
        Inputs = _session.InputNames.Select(n => new TensorSpec(n, _session.InputMetadata[n].Dimensions.Select(d => (long)d).ToArray())).ToList();
        Outputs = _session.OutputNames.Select(n => new TensorSpec(n, _session.OutputMetadata[n].Dimensions.Select(d => (long)d).ToArray())).ToList();
        if (Inputs.Count != 1) throw new InvalidOperationException($"{System.IO.Path.GetFileName(path)} has {Inputs.Count} inputs; one expected.");
        foreach (var t in Inputs.Concat(Outputs))
        {
            if (t.Shape.Any(d => d <= 0))
                throw new InvalidOperationException($"{System.IO.Path.GetFileName(path)}: {t} has a dynamic dimension; the face models have fixed shapes.");
            if ((_session.InputMetadata.TryGetValue(t.Name, out var m) ? m : _session.OutputMetadata[t.Name]).ElementType != typeof(float))
                throw new InvalidOperationException($"{System.IO.Path.GetFileName(path)}: {t.Name} is not a float tensor.");
        }
    }

    /// <summary>The index of the output named <paramref name="name"/>, or an error naming the outputs the model has.</summary>
    public int OutputIndex(string name)
    {
        for (var i = 0; i < Outputs.Count; i++) if (Outputs[i].Name == name) return i;
        throw new InvalidOperationException($"{System.IO.Path.GetFileName(Path)} has no output '{name}' (it has {string.Join(", ", Outputs)}).");
    }

    /// <summary>Buffers for one inference; dispose to give them back. Fill <see cref="Buffers.Input"/>, call <see cref="Buffers.Run"/>, read <see cref="Buffers.Output"/>.</summary>
    public Buffers Rent()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (_idle.TryTake(out var buffers)) return buffers;
        buffers = new Buffers(this);
        _all.Add(buffers);
        return buffers;
    }

    /// <summary>Copies <paramref name="input"/> in, runs, and copies every output out, in the model's order (tests, tools).</summary>
    public float[][] Run(ReadOnlySpan<float> input)
    {
        using var buffers = Rent();
        input.CopyTo(buffers.Input);
        buffers.Run();
        return Enumerable.Range(0, Outputs.Count).Select(i => buffers.Output(i).ToArray()).ToArray();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        foreach (var buffers in _all) buffers.Release();
        _runOptions.Dispose();
        _session.Dispose();
    }

    /// <summary>One caller's input and output tensors: pinned arrays, their OrtValues and the I/O binding, made once.</summary>
    internal sealed class Buffers : IDisposable
    {
        private readonly OnnxModel _model;
        private readonly float[][] _outputs;
        private readonly List<OrtValue> _values = [];
        private readonly OrtIoBinding _binding;

        internal Buffers(OnnxModel model)
        {
            _model = model;
            _binding = model._session.CreateIoBinding();
            Input = Bind(model.Inputs[0], output: false);
            _outputs = model.Outputs.Select(o => Bind(o, output: true)).ToArray();
        }

        private float[] Bind(TensorSpec spec, bool output)
        {
            var length = (int)spec.Shape.Aggregate(1L, (a, d) => a * d);
            var array = GC.AllocateArray<float>(length, pinned: true);
            var value = OrtValue.CreateTensorValueFromMemory(array, spec.Shape);
            _values.Add(value);
            if (output) _binding.BindOutput(spec.Name, value);
            else _binding.BindInput(spec.Name, value);
            return array;
        }

        /// <summary>The model's input tensor (CHW floats, the model's declared shape), to be filled before <see cref="Run"/>.</summary>
        public float[] Input { get; }

        /// <summary>Output <paramref name="index"/> as ORT wrote it; valid until the buffers are given back.</summary>
        public ReadOnlySpan<float> Output(int index) => _outputs[index];

        public void Run() => _model._session.RunWithBinding(_model._runOptions, _binding);

        public void Dispose()
        {
            if (Volatile.Read(ref _model._disposed) == 0) _model._idle.Add(this);
        }

        internal void Release()
        {
            _binding.Dispose();
            foreach (var v in _values) v.Dispose();
        }
    }
}
