using System.IO.Compression;

namespace DataInclusion.Normalize.Internal;

/// <summary>What an archive may still inflate: checked on the sizes declared and again on the bytes actually read.</summary>
internal sealed class InflateBudget(ArchiveLimits limits)
{
    private long _total;
    private long _declaredTotal;
    private long _entry;
    private long _entryCompressed;

    public void Declare(ZipArchiveEntry entry)
    {
        _entry = 0;
        _entryCompressed = Math.Max(1, entry.CompressedLength);
        _declaredTotal += entry.Length;
        if (entry.Length > limits.MaxEntryBytes || _declaredTotal > limits.MaxTotalBytes)
        {
            throw TooBig(entry.FullName, entry.Length);
        }

        CheckRatio(entry.FullName, entry.Length);
    }

    public void Count(string name, int bytes)
    {
        _entry += bytes;
        _total += bytes;
        if (_entry > limits.MaxEntryBytes || _total > limits.MaxTotalBytes)
        {
            throw TooBig(name, _entry);
        }

        CheckRatio(name, _entry);
    }

    private void CheckRatio(string name, long inflated)
    {
        if (inflated > limits.RatioFloorBytes && inflated / (double)_entryCompressed > limits.MaxRatio)
        {
            throw new UnsafeArchiveException(
                $"l'élément « {name} » se décompresse plus de {limits.MaxRatio:0} fois sa taille (bombe de décompression probable) : fichier refusé.");
        }
    }

    private UnsafeArchiveException TooBig(string name, long size) => new(
        $"l'élément « {name} » dépasse la taille décompressée permise ({Megabytes(size)} ; au plus {Megabytes(limits.MaxEntryBytes)} "
        + $"par élément et {Megabytes(limits.MaxTotalBytes)} en tout) : fichier refusé.");

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} Mo";
}
