using System.Net.Http.Headers;
using System.Text;
using DataInclusion.Host.Web.Producers;
using DataInclusion.Sources.V1Feed;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.Host.Tests.Producers;

/// <summary>How a submission's body is read: streams, formats, size cap before and while reading, types, file names.</summary>
public sealed class SubmissionReaderTests
{
    private const string Structures = """[{"id": "s1", "nom": "Une structure", "date_maj": "2025-03-01"}]""";

    [Fact]
    public async Task Multipart_EachPartFeedsItsStream_WithItsFormatDetected_AndTheFileNameKeptForDisplayOnly()
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Structures)), "structures", "../../etc/passwd.json" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("id,nom,structure_id\nsv1,Un service,s1\n")), "services", "C:\\temp\\services.csv" },
        };

        var (files, refusal) = await ReadAsync(form);

        Assert.Null(refusal);
        Assert.Equal(["structures", "services"], files.Select(f => f.Stream));
        Assert.Equal([FeedFormat.Json, FeedFormat.Csv], files.Select(f => f.MediaType));
        Assert.Equal(["passwd.json", "services.csv"], files.Select(f => f.FileName));
        Assert.Equal(Structures, Encoding.UTF8.GetString(files[0].Content));
    }

    [Fact]
    public async Task Json_EachTopLevelListBecomesThatStreamsPayload_AsReceived()
    {
        var body = $$"""{"structures": {{Structures}}, "services": []}""";

        var (files, refusal) = await ReadAsync(new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Null(refusal);
        Assert.Equal(Structures, Encoding.UTF8.GetString(files.Single(f => f.Stream == "structures").Content));
        Assert.Equal("[]", Encoding.UTF8.GetString(files.Single(f => f.Stream == "services").Content));
    }

    [Fact]
    public async Task DeclaredLengthAboveTheCap_IsRefusedWith413_WithoutReadingTheBody()
    {
        var context = Context("application/json", new UnreadableStream());
        context.Request.ContentLength = 1_000_000;

        var (_, refusal) = await SubmissionReader.ReadAsync(context.Request, 1000, CancellationToken.None);

        Assert.Equal(413, refusal!.Status);
        Assert.Contains("Producers__MaxSubmissionBytes", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndeclaredLength_IsCutAtTheCap_With413()
    {
        var context = Context("application/json", new MemoryStream(new byte[5000]));

        var (_, refusal) = await SubmissionReader.ReadAsync(context.Request, 1000, CancellationToken.None);

        Assert.Equal(413, refusal!.Status);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData(null)]
    public async Task BodyTypeOtherThanMultipartOrJson_Is415(string? contentType)
    {
        var (_, refusal) = await SubmissionReader.ReadAsync(Context(contentType, new MemoryStream([1, 2, 3])).Request, 1000, CancellationToken.None);

        Assert.Equal(415, refusal!.Status);
        Assert.Contains("multipart/form-data", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartOfAnotherType_Is415_AndAnUnknownPartName_Is400()
    {
        var image = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]);
        image.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var withImage = new MultipartFormDataContent { { image, "structures", "photo.png" } };
        using var unknownPart = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Structures)), "lieux", "lieux.json" } };

        Assert.Equal(415, (await ReadAsync(withImage)).Refusal!.Status);
        var unknown = (await ReadAsync(unknownPart)).Refusal!;
        Assert.Equal(400, unknown.Status);
        Assert.Contains("structures, services ou classeur", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonOfAnotherShape_Is400WithWhatIsExpected()
    {
        var (_, refusal) = await ReadAsync(new StringContent(Structures, Encoding.UTF8, "application/json"));

        Assert.Equal(400, refusal!.Status);
        Assert.Equal("json.objet_attendu", refusal.Code);
    }

    private static async Task<(IReadOnlyList<Host.Producers.SubmittedFile> Files, ProducerRefusal? Refusal)> ReadAsync(HttpContent content)
    {
        var bytes = await content.ReadAsByteArrayAsync();
        var context = Context(content.Headers.ContentType?.ToString(), new MemoryStream(bytes));
        context.Request.ContentLength = bytes.Length;
        return await SubmissionReader.ReadAsync(context.Request, 1_000_000, CancellationToken.None);
    }

    private static DefaultHttpContext Context(string? contentType, Stream body)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = contentType;
        context.Request.Body = body;
        return context;
    }

    /// <summary>A body that fails the test if anything reads it.</summary>
    private sealed class UnreadableStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("the body was read");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the body was read");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the body was read");
    }
}
