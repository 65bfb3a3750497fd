using System.Text;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Turns the bytes of a document into text: UTF-8 with or without BOM, else GB18030. UTF-16/32 (with or without
/// BOM) and bytes valid in neither encoding are refused with a message that says so.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Decodes a whole document.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="sourceName">For messages.</param>
    /// <param name="encodingName">The encoding used: "UTF-8" or "GB18030".</param>
    internal static string Decode(ReadOnlySpan<byte> bytes, string? sourceName, out string encodingName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            throw Unsupported(sourceName, "the file is UTF-16 or UTF-32 (byte order mark found); save it as UTF-8 or GB18030");
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw Unsupported(sourceName, "the file contains NUL bytes: it is UTF-16/UTF-32 without a byte order mark, or binary; save it as UTF-8 or GB18030");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encodingName = "UTF-8";
            return DecodeOrThrow(StrictUtf8, bytes[3..], sourceName, "the file starts with a UTF-8 byte order mark but is not valid UTF-8");
        }
        try
        {
            encodingName = "UTF-8";
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: try GB18030, the other encoding Chinese disclosures are saved in.
        }
        encodingName = "GB18030";
        return DecodeOrThrow(StrictGb18030.Value, bytes, sourceName, "the bytes are valid neither as UTF-8 nor as GB18030 (binary, or another encoding)");
    }

    private static string DecodeOrThrow(Encoding encoding, ReadOnlySpan<byte> bytes, string? sourceName, string reason)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new DisclosureImportException(ImportFailure.UnsupportedEncoding, $"Cannot read the text: {reason}.", sourceName, e);
        }
    }

    private static DisclosureImportException Unsupported(string? sourceName, string reason) =>
        new(ImportFailure.UnsupportedEncoding, $"Cannot read the text: {reason}.", sourceName);
}
