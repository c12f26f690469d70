using System.Security.Cryptography;
using System.Text;

namespace DataInclusion.Host.OpenData;

/// <summary>The file side of an export: HSDS pairs, hashing, <c>SHA256SUMS</c> and the final move into place.</summary>
internal sealed partial class OpenDataExporter
{
    private static async Task<List<ManifestFile>> WriteHsdsAsync(MartsSnapshot snapshot, string staging, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(staging, "hsds"));
        long structures;
        await using (var organizations = Create(staging, HsdsWriter.Organizations))
        await using (var locations = Create(staging, HsdsWriter.Locations))
        {
            structures = await HsdsWriter.WriteStructuresAsync(snapshot.ReadAsync(DumpEntity.Structures, cancellationToken), organizations, locations, cancellationToken);
        }

        long services;
        await using (var servicesFile = Create(staging, HsdsWriter.Services))
        await using (var atLocations = Create(staging, HsdsWriter.ServiceAtLocations))
        {
            services = await HsdsWriter.WriteServicesAsync(snapshot.ReadAsync(DumpEntity.Services, cancellationToken), servicesFile, atLocations, cancellationToken);
        }

        return
        [
            new(await DescribeAsync(staging, HsdsWriter.Organizations, HsdsWriter.Format, cancellationToken), "organization", structures),
            new(await DescribeAsync(staging, HsdsWriter.Locations, HsdsWriter.Format, cancellationToken), "location", structures),
            new(await DescribeAsync(staging, HsdsWriter.Services, HsdsWriter.Format, cancellationToken), "service", services),
            new(await DescribeAsync(staging, HsdsWriter.ServiceAtLocations, HsdsWriter.Format, cancellationToken), "service_at_location", services),
        ];
    }

    private static async Task<OpenDataFile> WriteFileAsync(string staging, string name, string format, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        await using (var stream = Create(staging, name))
        {
            await write(stream);
        }

        return await DescribeAsync(staging, name, format, cancellationToken);
    }

    private static FileStream Create(string staging, string name) =>
        new(Path.Combine(staging, name), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous);

    private static async Task<OpenDataFile> DescribeAsync(string staging, string name, string format, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(Path.Combine(staging, name));
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return new OpenDataFile(name, format, stream.Length, Convert.ToHexStringLower(hash));
    }

    /// <summary>The <c>sha256sum -c</c> format: hash, two spaces, relative path; one line per file of the set.</summary>
    private static async Task WriteChecksumsAsync(Stream stream, IEnumerable<OpenDataFile> files, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var file in files)
        {
            text.Append(file.Sha256).Append("  ").Append(file.Name).Append('\n');
        }

        await stream.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
    }

    private static void MoveIntoPlace(string staging, string directory, IEnumerable<OpenDataFile> files)
    {
        foreach (var file in files)
        {
            var target = Path.Combine(directory, file.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(staging, file.Name), target, overwrite: true);
        }
    }
}
