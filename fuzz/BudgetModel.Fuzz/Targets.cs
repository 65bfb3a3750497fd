using System.Text;
using BudgetModel.Classification;
using BudgetModel.Import;
using BudgetModel.Performance;
using BudgetModel.Serialization;

namespace BudgetModel.Fuzz;

/// <summary>The fuzz targets; see docs/fuzzing.md for each one's contract.</summary>
internal static class Targets
{
    /// <summary>The PDF target's limits: small enough that a fuzzed page tree cannot make one input run for minutes.
    /// Made per input: nothing of the instrumented assemblies may run before SharpFuzz has set up the trace map.</summary>
    internal static ImportOptions PdfOptions => new()
    {
        SourceName = "fuzz.pdf",
        MaxPages = 20,
        PdfTimeout = TimeSpan.FromSeconds(5),
    };

    /// <summary>Every target, by name.</summary>
    internal static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("text", "DisclosureImporter on bytes (UTF-8/GB18030 text), by position and by headers", Text),
        new("pdf", "DisclosureImporter on a PDF (MaxPages 20, PdfTimeout 5 s); inputs without %PDF- are skipped", Pdf),
        new("json", "DisclosureJson.Read and ReportJson.Read (span and stream)", Json),
        new("parsers", "Money, function/economic/revenue codes, indicator values, money formats, catalog CSV; per line", Parsers),
        new("selftest", "throws on an input starting with \"crash\": shows that the harness reports a crash", SelfTest),
    ];

    /// <summary>Breaks the contract on purpose (an input starting with <c>crash</c>), so that CI can see that a crash
    /// is detected at all: a fuzz step that cannot fail proves nothing.</summary>
    private static void SelfTest(byte[] input)
    {
        // Through an instrumented assembly first: afl-showmap refuses a run that traced no branch at all.
        Money.TryParse(Encoding.UTF8.GetString(input), out _);
        if (input.AsSpan().StartsWith("crash"u8))
        {
            throw new InvalidOperationException("selftest: the deliberate crash");
        }
    }

    /// <summary>
    /// The text importer: a result or <see cref="DisclosureImportException"/>, with the default options and with
    /// <see cref="ImportOptions.ColumnsFromHeaders"/>; what it imports must survive <see cref="Contract.Survives"/>.
    /// </summary>
    private static void Text(byte[] input)
    {
        foreach (var byHeaders in (ReadOnlySpan<bool>)[false, true])
        {
            var options = new ImportOptions { SourceName = "fuzz.txt", ColumnsFromHeaders = byHeaders };
            if (Contract.Imports(() => Import(input, options), out var result))
            {
                Contract.Survives(result!.Disclosure);
            }
        }
    }

    /// <summary>The PDF importer within <see cref="PdfOptions"/>: a result or <see cref="DisclosureImportException"/>
    /// (PdfPig's own exceptions must never pass through).</summary>
    private static void Pdf(byte[] input)
    {
        if (input.AsSpan(0, Math.Min(input.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            return;
        }
        if (Contract.Imports(() => Import(input, PdfOptions), out var result))
        {
            Contract.Survives(result!.Disclosure);
        }
    }

    /// <summary>
    /// The JSON readers: a disclosure or <see cref="DisclosureJsonException"/>, the same from bytes and from a stream;
    /// a disclosure read must survive <see cref="Contract.Survives"/>. The same bytes go to the report reader.
    /// </summary>
    private static void Json(byte[] input)
    {
        bool fromSpan = Contract.Reads(() => DisclosureJson.Read(input), out var disclosure);
        bool fromStream = Contract.Reads(() => DisclosureJson.Read(new MemoryStream(input, false)), out _);
        Contract.Holds(fromSpan == fromStream, $"DisclosureJson.Read: bytes {(fromSpan ? "read" : "refused")}, stream {(fromStream ? "read" : "refused")}");
        if (fromSpan)
        {
            Contract.Survives(disclosure!);
        }
        bool reportFromSpan = Contract.Reads(() => ReportJson.Read(input), out var report);
        bool reportFromStream = Contract.Reads(() => ReportJson.Read(new MemoryStream(input, false)), out _);
        Contract.Holds(reportFromSpan == reportFromStream,
            $"ReportJson.Read: bytes {(reportFromSpan ? "read" : "refused")}, stream {(reportFromStream ? "read" : "refused")}");
        if (reportFromSpan)
        {
            var json = ReportJson.Write(report!);
            Contract.Holds(ReportJson.Write(ReportJson.Read(json)) == json, "report JSON round trip differs");
        }
    }

    /// <summary>
    /// The value parsers, on the whole input as UTF-8 and on each of its lines: Parse and TryParse agree, a value read
    /// formats to text that reads back to the same value, a bad text is <see cref="BudgetFormatException"/>; money
    /// format strings; the catalog CSV reader.
    /// </summary>
    private static void Parsers(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        Values(text);
        foreach (var line in text.Split('\n'))
        {
            Values(line);
        }
        Contract.Reads(() => ClassificationCatalog.FromCsv(text, 2024), out _);
    }

    private static void Values(string text)
    {
        foreach (var unit in (ReadOnlySpan<MoneyUnit>)[MoneyUnit.Yuan, MoneyUnit.Wan, MoneyUnit.Yi])
        {
            bool parsed = Contract.Reads(() => Money.Parse(text.AsSpan(), unit), out var money);
            bool tried = Money.TryParse(text.AsSpan(), unit, out var triedMoney);
            Contract.Holds(parsed == tried && (!parsed || money == triedMoney), $"Money.Parse and TryParse disagree ({unit})");
            if (parsed)
            {
                Contract.Holds(Money.Parse(money.ToString()) == money, "Money: Parse(ToString()) differs");
            }
            if (Contract.Reads(() => Money.Parse(text.AsSpan(), unit, MidpointRounding.ToEven), out var rounded))
            {
                Contract.Holds(!parsed || rounded == money, "Money: rounding changed an exact amount");
            }
        }
        if (Contract.Reads(() => Money.FromFen(-123_456_789).ToString(text), out var formatted))
        {
            Contract.Holds(formatted is not null, "Money.ToString(format) gave null");
        }
        Code(text, FunctionCode.Parse, s => FunctionCode.TryParse(s, out var c) ? c : null, c => c.ToString());
        Code(text, EconomicCode.Parse, s => EconomicCode.TryParse(s, out var c) ? c : null, c => c.ToString());
        Code(text, RevenueCode.Parse, s => RevenueCode.TryParse(s, out var c) ? c : null, c => c.ToString());
        bool indicator = Contract.Reads(() => IndicatorValue.Parse(text), out var value);
        Contract.Holds(indicator == IndicatorValue.TryParse(text, out var triedValue) && (!indicator || value == triedValue),
            "IndicatorValue.Parse and TryParse disagree");
        if (indicator)
        {
            Contract.Holds(Contract.Reads(() => IndicatorValue.Parse(value.Text), out _), "IndicatorValue: Parse(Text) refused");
        }
    }

    private static void Code<T>(string text, Func<string, T> parse, Func<string, T?> tryParse, Func<T, string> format)
        where T : struct
    {
        bool parsed = Contract.Reads(() => parse(text), out var code);
        var tried = tryParse(text);
        Contract.Holds(parsed == tried.HasValue && (!parsed || Equals(code, tried!.Value)), $"{typeof(T).Name}.Parse and TryParse disagree");
        if (parsed)
        {
            Contract.Holds(Equals(parse(format(code)), code), $"{typeof(T).Name}: Parse(ToString()) differs");
        }
    }

    private static ImportResult Import(byte[] input, ImportOptions options)
    {
        using var stream = new MemoryStream(input, false);
        return DisclosureImporter.Import(stream, options);
    }
}
