using System.Net;
using System.Net.Sockets;

namespace DataInclusion.Host.Validation;

/// <summary>
/// Fetches the file a producer names by URL, for the validator: http(s) only, a total timeout, the size cap, and no
/// connection to loopback, private or link-local addresses (checked on the address actually connected, so neither DNS
/// nor a redirect can lead inside) unless <see cref="ValidatorOptions.AllowPrivateAddresses"/>.
/// </summary>
internal sealed class UrlFetcher : IDisposable
{
    private readonly ValidatorOptions _options;
    private readonly HttpClient _http;

    public UrlFetcher(ValidatorOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 3,
            UseProxy = false,
            ConnectTimeout = options.FetchTimeout,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectCallback = ConnectAsync,
        };
        _http = new HttpClient(handler) { Timeout = options.FetchTimeout };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("datainclusion-validateur/1");
    }

    public async Task<UploadResult> FetchAsync(string text, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return UploadResult.Refused(400, "L'adresse doit être une URL complète commençant par http:// ou https://.");
        }

        try
        {
            using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return UploadResult.Refused(502, $"Le serveur de « {url.Host} » a répondu {(int)response.StatusCode} : fichier non récupéré.");
            }

            var name = ValidatorInputs.DisplayName(Uri.UnescapeDataString(url.AbsolutePath));
            if (response.Content.Headers.ContentLength > _options.MaxBytes)
            {
                return UploadResult.Refused(413, _options.TooLargeMessage(name));
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var content = await ReadCappedAsync(body, cancellationToken);
            return content is null
                ? UploadResult.Refused(413, _options.TooLargeMessage(name))
                : UploadResult.Files([ValidatorInputs.From(name, content, response.Content.Headers.ContentType?.MediaType)]);
        }
        catch (HttpRequestException e) when (e.InnerException is AddressRefusedException refused)
        {
            return UploadResult.Refused(400, refused.Message);
        }
        catch (HttpRequestException e)
        {
            return UploadResult.Refused(502, $"Impossible de récupérer le fichier à l'adresse « {url} » ({e.HttpRequestError}).");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return UploadResult.Refused(504, $"Le fichier à l'adresse « {url} » n'a pas été reçu en {_options.FetchTimeout.TotalSeconds:0} s (Validator__FetchTimeout).");
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > _options.MaxBytes)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var allowed = _options.AllowPrivateAddresses ? addresses : addresses.Where(a => !PrivateAddresses.Contains(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new AddressRefusedException(
                $"L'adresse « {context.DnsEndPoint.Host} » mène à un réseau local ou privé : le validateur ne va chercher que des fichiers publics.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>A URL refused for where it leads (its message is French, for the producer).</summary>
    private sealed class AddressRefusedException(string message) : IOException(message);
}
