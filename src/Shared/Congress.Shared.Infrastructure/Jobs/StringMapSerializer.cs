using System.Collections.Specialized;
using System.Text.Json;
using Quartz;
using Quartz.Spi;

namespace Congress.Shared.Infrastructure.Jobs;

/// <summary>
/// Quartz's persistent store needs an <see cref="IObjectSerializer"/>; BinaryFormatter is gone from .NET 10 and the
/// Quartz.Serialization.* packages are absent (docs/adr/0005). Our job data is only ever strings (a job type and an
/// argument), so this writes job data maps as a JSON object of strings and refuses anything else.
/// </summary>
internal sealed class StringMapSerializer : IObjectSerializer
{
    public void Initialize() { }

    public byte[] Serialize<T>(T obj) where T : class => obj switch
    {
        NameValueCollection properties => JsonSerializer.SerializeToUtf8Bytes(properties.AllKeys.ToDictionary(k => k!, k => properties[k])),
        IDictionary<string, object> map => JsonSerializer.SerializeToUtf8Bytes(map.ToDictionary(e => e.Key, e => e.Value as string
            ?? throw new NotSupportedException($"Job data '{e.Key}' must be a string, not {e.Value?.GetType().Name ?? "null"}."))),
        _ => throw new NotSupportedException($"The job store stores only string job data, not {obj.GetType().Name}."),
    };

    public T? DeSerialize<T>(byte[] data) where T : class
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(data) ?? [];
        if (typeof(T).IsAssignableFrom(typeof(NameValueCollection)))
        {
            var properties = new NameValueCollection();
            foreach (var (key, value) in values) properties[key] = value;
            return (T)(object)properties;
        }
        if (typeof(T).IsAssignableFrom(typeof(JobDataMap)))
        {
            var map = new JobDataMap();
            foreach (var (key, value) in values) map[key] = value!;
            return (T)(object)map;
        }
        throw new NotSupportedException($"The job store reads only string job data, not {typeof(T).Name}.");
    }
}
