using System.IO.Compression;
using System.Xml;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>
/// Opens zip archives sent by producers (XLSX workbooks, zips of CSV files) with bounded memory and time: every entry
/// is inflated as a stream and counted, whatever sizes the archive declares (they can lie), and every XML part is read
/// with DTDs prohibited, so entity expansion (« billion laughs ») never starts. Used before any parser sees the bytes.
/// </summary>
public static class SafeArchive
{
    /// <summary>Throws <see cref="UnsafeArchiveException"/> (French message) unless the workbook can be parsed safely.</summary>
    public static void CheckWorkbook(ReadOnlyMemory<byte> content, ArchiveLimits? limits = null) =>
        Visit(content, limits ?? ArchiveLimits.Default, (name, stream) =>
        {
            if (IsXml(name))
            {
                CheckXml(name, stream);
            }
            else
            {
                stream.CopyTo(Stream.Null);
            }

            return true;
        });

    /// <summary>The files of a zip (folders skipped, names without their folder), inflated within the limits.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> ReadFiles(ReadOnlyMemory<byte> content, ArchiveLimits? limits = null)
    {
        var files = new List<(string, byte[])>();
        Visit(content, limits ?? ArchiveLimits.Default, (name, stream) =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files.Add((Path.GetFileName(name), copy.ToArray()));
            return true;
        });
        return files;
    }

    private static void Visit(ReadOnlyMemory<byte> content, ArchiveLimits limits, Func<string, Stream, bool> read)
    {
        using var input = new MemoryStream(content.ToArray(), writable: false);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(input, ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new UnsafeArchiveException("le fichier n'est pas une archive zip valide (un classeur XLSX en est une).", e);
        }

        using (archive)
        {
            if (archive.Entries.Count > limits.MaxEntries)
            {
                throw new UnsafeArchiveException($"l'archive contient {archive.Entries.Count} fichiers (au plus {limits.MaxEntries}).");
            }

            var budget = new InflateBudget(limits);
            foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                budget.Declare(entry);
                try
                {
                    using var stream = new BoundedStream(entry.Open(), budget, entry.FullName);
                    read(entry.FullName, stream);
                }
                catch (InvalidDataException e)
                {
                    throw new UnsafeArchiveException($"l'élément « {entry.FullName} » de l'archive est corrompu.", e);
                }
            }
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);

    private static void CheckXml(string name, Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 0 };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new UnsafeArchiveException(
                $"l'élément « {name} » déclare une DTD (entités XML) : refusé, car ses entités peuvent se multiplier à l'ouverture (« billion laughs »).", e);
        }
        catch (XmlException e)
        {
            throw new UnsafeArchiveException($"l'élément « {name} » n'est pas du XML valide (ligne {e.LineNumber}).", e);
        }
    }
}
