namespace DataInclusion.Sources.Http;

/// <summary>Buffers a response body while counting it, so a producer sending more than the cap is cut as soon as it passes it.</summary>
internal static class BoundedBody
{
    public static async Task LoadAsync(HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        var content = response.Content;
        if (content.Headers.ContentLength is > 0 and var announced && announced > limit)
        {
            throw new PayloadTooLargeException(limit, announced);
        }

        // Decoded bytes count (gzip can hide a large body behind a small Content-Length).
        var buffer = new MemoryStream();
        await using (var body = await content.ReadAsStreamAsync(cancellationToken))
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new PayloadTooLargeException(limit, null);
                }

                buffer.Write(chunk, 0, read);
            }
        }

        var buffered = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length);
        foreach (var (name, values) in content.Headers)
        {
            if (!string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                buffered.Headers.TryAddWithoutValidation(name, values);
            }
        }

        content.Dispose();
        response.Content = buffered;
    }
}
