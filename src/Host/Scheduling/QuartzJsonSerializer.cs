using System.Collections.Specialized;
using System.Text.Json;
using Quartz;
using Quartz.Spi;

namespace DataInclusion.Host.Scheduling;

/// <summary>
/// Quartz 3 needs a serializer for job data in its ADO.NET store; its binary one relies on BinaryFormatter (gone from
/// .NET 9) and its JSON one on a package not available here. Our jobs carry only string properties, so a string map in
/// JSON is all it takes.
/// </summary>
public sealed class QuartzJsonSerializer : IObjectSerializer
{
    public void Initialize()
    {
    }

    public byte[] Serialize<T>(T obj)
        where T : class
    {
        var map = obj switch
        {
            NameValueCollection collection => collection.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => collection[k]),
            JobDataMap jobData => jobData.ToDictionary(p => p.Key, p => p.Value?.ToString()),
            _ => throw new NotSupportedException($"Only string job data is stored; {typeof(T).Name} is not."),
        };
        return JsonSerializer.SerializeToUtf8Bytes(map);
    }

    public T? DeSerialize<T>(byte[] data)
        where T : class
    {
        var map = JsonSerializer.Deserialize<Dictionary<string, string?>>(data) ?? [];
        if (typeof(T) == typeof(NameValueCollection))
        {
            var collection = new NameValueCollection();
            foreach (var (key, value) in map)
            {
                collection[key] = value;
            }

            return (T)(object)collection;
        }

        if (typeof(T) == typeof(JobDataMap) || typeof(T) == typeof(IDictionary<string, object>))
        {
            var jobData = new JobDataMap();
            foreach (var (key, value) in map)
            {
                jobData[key] = value!;
            }

            return (T)(object)jobData;
        }

        throw new NotSupportedException($"Only string job data is stored; {typeof(T).Name} is not.");
    }
}
