namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>udata's answer to one part of a chunked upload: <c>{"success": true}</c>, or false with the error.</summary>
internal sealed record UdataUploadStatus(bool Success, string? Error);
