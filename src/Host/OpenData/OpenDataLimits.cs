namespace DataInclusion.Host.OpenData;

/// <summary>Bounds of the writers that hold rows: tests lower them to exercise row groups and sheet splits on small data.</summary>
internal sealed record OpenDataLimits(
    int ParquetRowGroupSize = ParquetDumpWriter.DefaultRowGroupSize,
    int XlsxRowsPerSheet = XlsxDumpWriter.MaxRowsPerSheet);
