using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Unicode;

namespace BudgetModel;

/// <summary>
/// Formatting in 元 or 万元, culture-invariant.
/// </summary>
/// <remarks>
/// <para>A format string is a unit letter, then optionally <c>N</c> (thousands separators), then optionally
/// <c>U</c> (unit suffix), then optionally one digit (decimal places). Letters are upper case.</para>
/// <list type="table">
/// <listheader><term>Format</term><description>282,644.85 元 prints as</description></listheader>
/// <item><term><c>Y</c></term><description><c>282644.85</c> — 元, two decimals, exact.</description></item>
/// <item><term><c>YN</c></term><description><c>282,644.85</c></description></item>
/// <item><term><c>YU</c> / <c>YNU</c></term><description><c>282644.85元</c> / <c>282,644.85元</c></description></item>
/// <item><term><c>Y0</c>, <c>Y1</c></term><description><c>282645</c>, <c>282644.9</c> — 元 rounded 四舍五入.</description></item>
/// <item><term><c>W</c></term><description><c>28.264485</c> — 万元, exact, fewest decimals (0 to 6).</description></item>
/// <item><term><c>W0</c>–<c>W6</c></term><description><c>W2</c>: <c>28.26</c> — 万元 rounded 四舍五入 (half away
/// from zero) to that many decimals, always printed; <c>W6</c> is exact.</description></item>
/// <item><term><c>WN2</c>, <c>WU2</c>, <c>WNU2</c></term><description><c>28.26</c>, <c>28.26万元</c>,
/// <c>28.26万元</c> (separators show from 1,000 万元 up).</description></item>
/// <item><term>null, empty or <c>G</c></term><description>The default, <c>YNU</c>: <c>282,644.85元</c>.</description></item>
/// </list>
/// <para>Digits are ASCII, the separator is ',' and the point is '.'; the format provider is ignored, so the
/// output is the same everywhere and parses back. A negative amount starts with '-'; an amount that rounds to
/// zero prints without a sign.</para>
/// <para>Round trip: for the exact formats (<c>Y</c>, <c>Y2</c>, <c>W</c>, <c>W6</c> with any <c>N</c>/<c>U</c>,
/// and the default), <c>Parse(x.ToString(f), unit of f) == x</c>. For a rounded format at d decimals,
/// the text is <c>x</c> published at that precision: |parse − x| ≤ half a unit of the last place, that is
/// <c>new PublishedPrecision(unit, d).HalfUnit.Contains(parse − x)</c>.</para>
/// <para>For another rounding mode, round first: <c>x.Round(MoneyUnit.Wan, 2, mode).ToString("W2")</c>.</para>
/// <para><c>TryFormat</c> does not allocate. An unknown format string throws <see cref="BudgetFormatException"/>.</para>
/// </remarks>
public readonly partial struct Money : ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>The longest text a format can produce: sign, 19 digits, 6 separators, point, 6 decimals, 万元.</summary>
    private const int MaxFormattedLength = 40;

    private const string FormatWhat = "money format string";

    /// <summary>The amount in the default format <c>YNU</c>, for example <c>364,575.00元</c>.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>The amount in the given format; see the type's remarks for the format strings.</summary>
    /// <param name="format">A format string such as <c>YN</c> or <c>WU2</c>; null or empty for <c>YNU</c>.</param>
    /// <exception cref="BudgetFormatException"><paramref name="format"/> is not a known format.</exception>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>The amount in the given format; see the type's remarks for the format strings.</summary>
    /// <param name="format">A format string such as <c>YN</c> or <c>WU2</c>; null or empty for <c>YNU</c>.</param>
    /// <param name="formatProvider">Ignored: the output is culture-invariant.</param>
    /// <exception cref="BudgetFormatException"><paramref name="format"/> is not a known format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[MaxFormattedLength];
        FormatCore(buffer, out int written, format);
        return new string(buffer[..written]);
    }

    /// <summary>Writes the amount in the given format without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">A format string; empty for <c>YNU</c>.</param>
    /// <param name="provider">Ignored: the output is culture-invariant.</param>
    /// <returns>False when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="BudgetFormatException"><paramref name="format"/> is not a known format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        FormatCore(destination, out charsWritten, format);

    /// <summary>Writes the amount as UTF-8 in the given format without allocating.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">A format string; empty for <c>YNU</c>.</param>
    /// <param name="provider">Ignored: the output is culture-invariant.</param>
    /// <returns>False when <paramref name="utf8Destination"/> is too small.</returns>
    /// <exception cref="BudgetFormatException"><paramref name="format"/> is not a known format.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Span<char> buffer = stackalloc char[MaxFormattedLength];
        FormatCore(buffer, out int chars, format);
        var status = Utf8.FromUtf16(buffer[..chars], utf8Destination, out _, out bytesWritten);
        if (status != OperationStatus.Done)
        {
            bytesWritten = 0;
            return false;
        }
        return true;
    }

    private readonly record struct FormatSpec(MoneyUnit Unit, bool Grouped, bool Suffix, int Decimals);

    private static FormatSpec ReadFormat(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty || format is "G")
        {
            return new FormatSpec(MoneyUnit.Yuan, Grouped: true, Suffix: true, Decimals: 2);
        }
        int i = 0;
        MoneyUnit unit;
        switch (format[0])
        {
            case 'Y':
                unit = MoneyUnit.Yuan;
                break;
            case 'W':
                unit = MoneyUnit.Wan;
                break;
            default:
                ThrowBadFormat(format, 0, "expected Y (元) or W (万元)");
                return default;
        }
        i++;
        bool grouped = i < format.Length && format[i] == 'N';
        if (grouped)
        {
            i++;
        }
        bool suffix = i < format.Length && format[i] == 'U';
        if (suffix)
        {
            i++;
        }
        int maxDecimals = unit == MoneyUnit.Yuan ? 2 : 6;
        int decimals = unit == MoneyUnit.Yuan ? 2 : -1; // -1: the fewest decimals that are exact
        if (i < format.Length)
        {
            int d = format[i] - '0';
            if (d < 0 || d > maxDecimals)
            {
                ThrowBadFormat(format, i, unit == MoneyUnit.Yuan
                    ? "expected N, U or a number of decimals 0 to 2"
                    : "expected N, U or a number of decimals 0 to 6");
            }
            decimals = d;
            i++;
        }
        if (i < format.Length)
        {
            ThrowBadFormat(format, i, "unexpected character after the format");
        }
        return new FormatSpec(unit, grouped, suffix, decimals);
    }

    [DoesNotReturn]
    private static void ThrowBadFormat(ReadOnlySpan<char> format, int position, string reason) =>
        Preconditions.ThrowFormat(FormatWhat, format.ToString(), position, reason);

    private bool FormatCore(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format)
    {
        var spec = ReadFormat(format);
        int unitDigits = spec.Unit == MoneyUnit.Yuan ? 2 : 6;
        ulong fenPerUnit = spec.Unit == MoneyUnit.Yuan ? 100UL : 1_000_000UL;

        // |fen| fits a ulong, and so does |fen| rounded up to a whole 万元.
        ulong magnitude = (ulong)Math.Abs(_fen);
        int decimals = spec.Decimals;
        if (decimals >= 0 && decimals < unitDigits)
        {
            ulong step = Pow10(unitDigits - decimals);
            ulong remainder = magnitude % step;
            magnitude -= remainder;
            if (remainder * 2 >= step)
            {
                magnitude += step; // half away from zero (四舍五入), on the magnitude
            }
        }
        ulong integer = magnitude / fenPerUnit;
        ulong fraction = magnitude % fenPerUnit;
        if (decimals < 0)
        {
            decimals = unitDigits;
            while (decimals > 0 && fraction % 10 == 0)
            {
                fraction /= 10;
                decimals--;
            }
        }
        else
        {
            fraction /= Pow10(unitDigits - decimals);
        }

        bool negative = _fen < 0 && magnitude != 0;
        int integerDigits = CountDigits(integer);
        int separators = spec.Grouped ? (integerDigits - 1) / 3 : 0;
        int suffixLength = !spec.Suffix ? 0 : spec.Unit == MoneyUnit.Yuan ? 1 : 2;
        int length = (negative ? 1 : 0) + integerDigits + separators + (decimals > 0 ? 1 + decimals : 0) + suffixLength;
        if (destination.Length < length)
        {
            charsWritten = 0;
            return false;
        }

        int pos = 0;
        if (negative)
        {
            destination[pos++] = '-';
        }
        // Integer digits, right to left, with a separator before every third from the right.
        int integerEndPos = pos + integerDigits + separators;
        int p = integerEndPos;
        int digitCount = 0;
        do
        {
            if (spec.Grouped && digitCount > 0 && digitCount % 3 == 0)
            {
                destination[--p] = ',';
            }
            destination[--p] = (char)('0' + (int)(integer % 10));
            integer /= 10;
            digitCount++;
        }
        while (integer != 0);
        pos = integerEndPos;
        if (decimals > 0)
        {
            destination[pos++] = '.';
            for (int k = decimals - 1; k >= 0; k--)
            {
                destination[pos + k] = (char)('0' + (int)(fraction % 10));
                fraction /= 10;
            }
            pos += decimals;
        }
        if (spec.Suffix)
        {
            if (spec.Unit == MoneyUnit.Yuan)
            {
                destination[pos++] = '元';
            }
            else
            {
                destination[pos++] = '万';
                destination[pos++] = '元';
            }
        }
        charsWritten = pos;
        return true;
    }

    private static ulong Pow10(int exponent)
    {
        ulong result = 1;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10;
        }
        return result;
    }

    private static int CountDigits(ulong value)
    {
        int digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }
        return digits;
    }
}
