namespace BudgetModel.Serialization;

/// <summary>
/// A read-only view of a caller's stream that counts the bytes as they arrive and refuses the input as soon as it
/// passes <see cref="DisclosureJsonOptions.MaxBytes"/>, so a reader never holds more than the limit. Disposing it leaves
/// the caller's stream open.
/// </summary>
internal sealed class LimitedReadStream : Stream
{
    private readonly Stream _inner;
    private readonly long _maxBytes;
    private long _read;

    internal LimitedReadStream(Stream inner, long maxBytes)
    {
        Guard.Against.Null(inner);
        if (!inner.CanRead)
        {
            Preconditions.ThrowArgument(nameof(inner), "The stream cannot be read.");
        }
        _inner = inner;
        _maxBytes = maxBytes;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Count(_inner.Read(Window(buffer)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await _inner.ReadAsync(Window(buffer), cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // Ask for at most one byte past the limit: enough to know the input is too large, never much more.
    private Span<byte> Window(Span<byte> buffer) => buffer[..(int)Math.Min(buffer.Length, _maxBytes - _read + 1)];

    private Memory<byte> Window(Memory<byte> buffer) => buffer[..(int)Math.Min(buffer.Length, _maxBytes - _read + 1)];

    private int Count(int read)
    {
        _read += read;
        if (_read > _maxBytes)
        {
            throw new DisclosureJsonException("$", $"The input has more than {_maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes (DisclosureJsonOptions.MaxBytes).", null, null);
        }
        return read;
    }
}
