using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace DataInclusion.Normalize.Tests.Validation;

/// <summary>Workbooks and archives for the validator's tests: real XLSX written by MiniExcel, and hostile variants of them.</summary>
internal static class Workbooks
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(IReadOnlyList<Dictionary<string, object?>> structures, IReadOnlyList<Dictionary<string, object?>> services)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Structures"] = structures, ["Services"] = services });
        return stream.ToArray();
    }

    /// <summary>A copy of <paramref name="workbook"/> with one entry added or replaced.</summary>
    public static byte[] WithEntry(byte[] workbook, string name, Action<Stream> write)
    {
        using var output = new MemoryStream();
        output.Write(workbook);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)?.Delete();
            using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            write(entry);
        }

        return output.ToArray();
    }

    /// <summary>An entry of <paramref name="megabytes"/> MB of zeros: a few kilobytes compressed.</summary>
    public static byte[] WithZeros(byte[] workbook, string name, int megabytes) => WithEntry(workbook, name, stream =>
    {
        var block = new byte[1024 * 1024];
        for (var i = 0; i < megabytes; i++)
        {
            stream.Write(block);
        }
    });

    /// <summary>The sheet XML of <paramref name="workbook"/> replaced by a « billion laughs » document: ten levels of ten entities each.</summary>
    public static byte[] WithBillionLaughs(byte[] workbook)
    {
        var dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            dtd.Append("<!ENTITY lol").Append(i).Append(" \"").Append(string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))).Append("\">");
        }

        var xml = dtd.Append("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>").ToString();
        return WithEntry(workbook, "xl/worksheets/sheet1.xml", stream => stream.Write(Encoding.UTF8.GetBytes(xml)));
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] files)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return output.ToArray();
    }
}
