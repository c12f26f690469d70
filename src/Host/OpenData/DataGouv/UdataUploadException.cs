namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>udata refused a part of a chunked upload (<c>{"success": false, "error": …}</c>).</summary>
internal sealed class UdataUploadException(string message) : Exception(message);
