using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>
/// Reads a payload kept in parts (<c>raw.payload_parts</c>) front to back, fetching one part at a time on its own
/// connection: a mapper streams a feed of any size from the raw layer while holding one part. Synchronous, because
/// the mappers are synchronous code that pulls bytes as it parses.
/// </summary>
internal sealed class RawPartsStream(NpgsqlDataSource dataSource, long payloadId, TimeSpan timeout) : Stream
{
    private NpgsqlConnection? _connection;
    private byte[] _part = [];
    private int _offset;
    private int _nextPart;
    private bool _ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_offset == _part.Length)
        {
            if (_ended || !NextPart())
            {
                return 0;
            }
        }

        var length = Math.Min(buffer.Length, _part.Length - _offset);
        _part.AsSpan(_offset, length).CopyTo(buffer);
        _offset += length;
        return length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection?.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool NextPart()
    {
        _connection ??= dataSource.OpenConnection();
        using var command = new NpgsqlCommand("SELECT content FROM raw.payload_parts WHERE payload_id = $1 AND part = $2", _connection);
        command.CommandTimeout = StepTimeout.Seconds(timeout);
        command.Parameters.Add(new() { Value = payloadId });
        command.Parameters.Add(new() { Value = _nextPart });
        if (command.ExecuteScalar() is not byte[] part)
        {
            _ended = true;
            return false;
        }

        (_part, _offset) = (part, 0);
        _nextPart++;
        return true;
    }
}
