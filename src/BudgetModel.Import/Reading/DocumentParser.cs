using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Walks a document line by line: the cover, 概况, the tables (each until the next title, part heading or prose; blank
/// lines and repeated headers never end one), the performance sheets and the prose; then builds the disclosure.
/// </summary>
internal sealed partial class DocumentParser
{
    private enum Mode
    {
        Prose,
        Table,
        ProjectSheet,
        OverallSheet,
        Skip,
        Other,
    }

    private readonly ImportOptions _options;
    private readonly ImportContext _context;
    private readonly string _text;
    private readonly CellStrings _strings;
    private readonly List<BudgetTable> _tables = [];
    private readonly List<TableReader> _readers = [];
    private readonly List<OtherTable> _otherTables = [];
    private readonly List<SourceLine> _otherLines = [];
    private TableReader? _lastReader;
    private readonly List<ProjectPerformanceSheet> _sheets = [];
    private readonly List<ProseFact> _facts = [];
    private readonly HashSet<DisclosureSection> _sections = [];
    private readonly List<SourceLine> _sheetLines = [];
    private OverallPerformanceSheet? _overall;
    private string? _unitCode;
    private string? _duties;
    private StaffFigures? _staff;
    private bool _expectDuties;
    private Mode _mode = Mode.Prose;

    /// <summary>True while the sheet being read is a list of projects found in the notes (no title above it).</summary>
    private bool _listInProse;
    private TableReader? _table;
    private Title? _title;
    private readonly ProseAssembler _prose = new();
    private readonly ExplanationReader _explanations = new();

    private DocumentParser(string text, ImportOptions options, CellStrings strings, bool aligned, Pdf.LaidOutText? laidOut)
    {
        _text = text;
        _strings = strings;
        _options = options;
        var catalog = options.Catalog ?? ClassificationCatalog.Edition2024;
        _context = new ImportContext(catalog, null)
        {
            AlignedCells = aligned,
            TableRows = laidOut?.TableRows,
            Continued = laidOut?.Continued,
            ExtendCatalog = () => PrintedFunctions.Extend(catalog, text, null),
        };
    }

    internal static ImportResult Parse(string text, ImportOptions options, CancellationToken cancellationToken) =>
        Parse(text, options, cancellationToken, null);

    /// <summary>Parses a text; <paramref name="laidOut"/> (the laid-out PDF's lines) becomes the result's source map,
    /// else every line is a line of the text.</summary>
    internal static ImportResult Parse(string text, ImportOptions options, CancellationToken cancellationToken, Pdf.LaidOutText? laidOut)
    {
        try
        {
            return ParseLaidOut(text, options, cancellationToken, laidOut);
        }
        catch (Exception e) when (e is not (DisclosureImportException or OperationCanceledException))
        {
            // Whatever the document holds, the caller gets the typed error naming the source, never our own exception.
            throw Fault(e, options.SourceName);
        }
    }

    /// <summary>The typed error for a failure of the importer itself.</summary>
    internal static DisclosureImportException Fault(Exception e, string? sourceName) =>
        new(ImportFailure.ReaderFault, $"The importer failed on this document ({e.GetType().Name}: {e.Message}); this is a defect of the importer, please report it with the document.", sourceName, e);

    private static ImportResult ParseLaidOut(string text, ImportOptions options, CancellationToken cancellationToken, Pdf.LaidOutText? laidOut)
    {
        var result = ParseText(text, options, cancellationToken, aligned: laidOut is not null || options.ColumnsFromHeaders, laidOut);
        var map = laidOut is null
            ? SourceMap.ForText(options.SourceName, CountLines(text))
            : new SourceMap([.. laidOut.Places.Select(p => p.Document).Distinct()], laidOut.Places);
        return result with { Source = map };
    }

    private static int CountLines(string text)
    {
        int lines = 1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines++;
            }
        }
        return lines;
    }

    private static ImportResult ParseText(string text, ImportOptions options, CancellationToken cancellationToken, bool aligned, Pdf.LaidOutText? laidOut)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DisclosureImportException(ImportFailure.Empty, "The document is empty.", options.SourceName);
        }
        if (text.Length > options.MaxBytes)
        {
            throw new DisclosureImportException(ImportFailure.TooLarge,
                $"The document has {text.Length:N0} characters, more than the limit of {options.MaxBytes:N0} (ImportOptions.MaxBytes).", options.SourceName);
        }
        CheckIsText(text, options);
        var strings = CellStrings.ForDocument();
        try
        {
            Probe(text, options, strings);
            var parser = new DocumentParser(text, options, strings, aligned, laidOut);
            return parser.Run(cancellationToken);
        }
        finally
        {
            strings.Clear();
        }
    }

    /// <summary>The characters <see cref="CheckIsText"/> counts as signs of binary data: NUL, the control characters
    /// (<see cref="char.IsControl(char)"/>: U+0000–U+001F, U+007F–U+009F) other than tab, line breaks and form feed,
    /// and the replacement character U+FFFD.</summary>
    private static readonly SearchValues<char> NotText = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F\uFFFD");

    private static void CheckIsText(string text, ImportOptions options)
    {
        int sample = Math.Min(text.Length, 64 * 1024);
        int control = 0;
        var rest = text.AsSpan(0, sample);
        int at;
        while ((at = rest.IndexOfAny(NotText)) >= 0)
        {
            control++;
            rest = rest[(at + 1)..];
        }
        if (control > sample / 100 + 1)
        {
            throw new DisclosureImportException(ImportFailure.NotADisclosure,
                "The input is not text (it is full of control characters: binary data?); a disclosure is text extracted from PDF, cells separated by tabs.",
                options.SourceName);
        }
    }

    private ImportResult Run(CancellationToken cancellationToken)
    {
        var (coverName, coverLine, year) = ReadCover();
        int? titleYear = null;
        _context.UnitName = coverName;
        _context.BudgetYear = year;
        if (coverName is not null)
        {
            _context.MentionUnitName(coverName, coverLine, "cover");
        }
        string? pendingNumber = null;
        bool afterTitle = false;
        var reader = new LineReader(_text, _strings);
        SourceLine? lastLine = null;
        while (reader.TryRead(out var line))
        {
            if ((line.Number & 255) == 1)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (line.IsBlank || Titles.IsTableOfContents(line))
            {
                continue;
            }
            var before = lastLine;
            lastLine = line;
            if (Titles.IsPrintedNumber(line, out var number))
            {
                EndProse();
                Close();
                pendingNumber = number;
                continue;
            }
            var title = Titles.Recognise(line, pendingNumber);
            if (title is not null)
            {
                if (year is null && titleYear is null && TitleYear().Match(title.Text) is { Success: true } ty)
                {
                    titleYear = CellChars.WholeNumber(ty.Groups[1].ValueSpan);
                    _context.BudgetYear = titleYear;
                }
                EndProse();
                Close();
                pendingNumber = null;
                Open(title);
                afterTitle = true;
                continue;
            }
            pendingNumber = null;
            if (afterTitle && year is null && titleYear is null && SubtitleYear(line) is { } subtitleYear)
            {
                // （2026年度） printed under a title that states no year: the table's year.
                titleYear = subtitleYear;
            }
            afterTitle = false;
            if (Titles.IsPartHeading(line))
            {
                EndProse();
                Close();
                Section(line.Text);
                continue;
            }
            if (_mode == Mode.Table && _table!.HasRows && _context.IsOutsideTables(line.Number) && line.SingleCell is { } lone
                && !Amounts.LooksNumeric(lone) && !TableReader.IsNote(lone))
            {
                // A heading or prose line after a table's rows (the layout knows it is not a row): the table has ended.
                Close();
            }
            if (_mode == Mode.Prose && ProjectListSheetReader.IsListHeader(line))
            {
                // A list of projects with their amounts and goals in the notes (重点项目绩效目标情况如下：项目 | 预算数 |
                // 绩效目标), under no sheet title: read as the projects' performance targets.
                // The sentence that introduces it (本部门重点项目绩效目标情况如下：) names it.
                EndProse();
                Open(new Title(TitleKind.ProjectSheet, null, before?.SingleCell ?? line.Text, null, line.Number));
                _listInProse = true;
                _sheetLines.Add(line);
                continue;
            }
            switch (_mode)
            {
                case Mode.Table when !IsProse(line) || IsEmptyTableNote(line):
                    if (!_table!.Add(line))
                    {
                        var previous = _table.Kind;
                        Close();
                        _context.Log.Add(ImportRules.UntitledTable, Severity.Warning,
                            $"Line {line.Number}: a new table header (单位名称 / 单位) follows {previous.ChineseName()} without a title; the untitled table is skipped, not guessed.",
                            line.Number);
                        _mode = Mode.Skip;
                    }
                    continue;
                case Mode.ProjectSheet when !(_listInProse && line.Cells[0].Length > 0 && (IsProse(line) || IsHeading(line))):
                    // A list in the notes ends at the next paragraph or heading (a cell's text run on under its column,
                    // not from the first, is the list's).
                    _sheetLines.Add(line);
                    if (line.FirstLabel().StartsWith("负责人", StringComparison.Ordinal))
                    {
                        Close();
                    }
                    continue;
                case Mode.OverallSheet when !IsHeading(line):
                    _sheetLines.Add(line);
                    continue;
                case Mode.Other when !IsProse(line) && !IsHeading(line):
                    _otherLines.Add(line);
                    continue;
                case Mode.Skip when !IsProse(line) && !IsHeading(line):
                    continue;
            }
            Close();
            ReadProse(line);
        }
        EndProse();
        Close();
        return Build(coverName, year ?? titleYear);
    }

    /// <summary>Fails fast when the first <see cref="ImportOptions.StructureProbeLines"/> lines show nothing of a
    /// disclosure; stops reading at the first line that does.</summary>
    private static void Probe(string text, ImportOptions options, CellStrings strings)
    {
        int limit = Math.Max(1, options.StructureProbeLines);
        int read = 0;
        var reader = new LineReader(text, strings);
        while (read < limit && reader.TryRead(out var line))
        {
            read++;
            if (line.IsBlank)
            {
                continue;
            }
            if (Titles.Recognise(line, null) is not null || Titles.IsPartHeading(line) || CoverYear().IsMatch(line.TextSpan)
                || line.TextSpan.StartsWith("单位名称", StringComparison.Ordinal))
            {
                return;
            }
        }
        throw new DisclosureImportException(ImportFailure.NotADisclosure,
            $"This is not a budget disclosure: the first {read} lines have no budget year (2024年度…预算), table title, part heading (第一部分) or 单位名称.",
            options.SourceName);
    }

    /// <summary>
    /// The cover: the unit's name and the budget year in the first 12 non-blank lines. When the cover states no year,
    /// the year is the first one a table title states, found while the body is read (<see cref="Run"/>).
    /// </summary>
    private (string? Name, int Line, int? Year) ReadCover()
    {
        string? previousShort = null;
        string? name = null;
        int nameLine = 0;
        int seen = 0;
        var reader = new LineReader(_text, _strings);
        while (reader.TryRead(out var line))
        {
            if (line.IsBlank)
            {
                continue;
            }
            if (++seen > 12)
            {
                break;
            }
            // The cover's title may be broken over short lines (2026年度 / 福州市公安局文职人员 / 管理中心单位预算).
            var coverText = previousShort is not null ? previousShort + line.Text : line.Text;
            previousShort = line.Text.Length <= 24 ? (previousShort is not null && previousShort.Length <= 24 ? previousShort : "") + line.Text : null;
            var m = CoverYear().Match(coverText);
            if (m.Success)
            {
                if (name is null && CoverNameAndYear().Match(coverText.Replace("\t", "", StringComparison.Ordinal)) is { Success: true } both
                    && UnitSuffix().IsMatch(WithoutQualifier(both.Groups[1].Value)))
                {
                    // 2026年深圳市信访局部门预算: the name and the year on one line.
                    name = WithoutQualifier(both.Groups[1].Value);
                    nameLine = line.Number;
                }
                if (CellChars.WholeNumber(m.Groups[1].ValueSpan) is { } coverYear)
                {
                    return (name, nameLine, coverYear);
                }
            }
            if (name is null && line.SingleCell is { } cell && cell.Length <= 40 && !CellChars.AnyAsciiDigit(cell) && UnitSuffix().IsMatch(WithoutQualifier(cell)))
            {
                name = WithoutQualifier(cell);
                nameLine = line.Number;
            }
        }
        return (name, nameLine, null);
    }

    private void Open(Title title)
    {
        var previous = _lastReader;
        _lastReader = null;
        if (title.Kind == TitleKind.Table)
        {
            _lastReader = previous;
        }
        _title = title;
        _listInProse = false;
        _sheetLines.Clear();
        _sections.Add(title.Kind is TitleKind.Table or TitleKind.Unknown ? DisclosureSection.Tables : DisclosureSection.Performance);
        switch (title.Kind)
        {
            case TitleKind.Table:
                if (_lastReader is { } last && last.TitleKind == title.Table && last.Continues(title))
                {
                    // The same title again right after the table: the table runs on over a page break.
                    _table = last;
                    last.Continue();
                }
                else
                {
                    _table = new TableReader(title, _context);
                    _readers.Add(_table);
                }
                _mode = Mode.Table;
                break;
            case TitleKind.ProjectSheet:
                _mode = Mode.ProjectSheet;
                break;
            case TitleKind.OverallSheet:
                _mode = Mode.OverallSheet;
                break;
            default:
                // A table the library does not know is kept as printed (OtherTable; the validator reports it as Info).
                _otherLines.Clear();
                _mode = Mode.Other;
                break;
        }
    }

    private void Close()
    {
        switch (_mode)
        {
            case Mode.Table:
                _lastReader = _table;
                break;
            case Mode.ProjectSheet when _sheetLines.Count == 0:
                // A title with nothing under it (a list of the tables' titles): not a sheet.
                break;
            case Mode.ProjectSheet when IsDeclaredAbsent(_sheetLines):
                // 本单位无项目支出绩效目标表: the title introduces a statement that there is no sheet.
                break;
            case Mode.ProjectSheet when ProjectListSheetReader.HeaderIndex(_sheetLines) is >= 0 and var header:
                // Several projects in one table: a sheet for each.
                _sheets.AddRange(ProjectListSheetReader.Read(_title!, _sheetLines, header, _context));
                break;
            case Mode.ProjectSheet:
                if (ProjectSheetReader.Read(_title!, _sheetLines, _context) is { } sheet)
                {
                    _sheets.Add(sheet);
                }
                break;
            case Mode.OverallSheet:
                _overall ??= OverallSheetReader.Read(_title!, _sheetLines, _context, out _unitCode);
                break;
            case Mode.Other:
                if (OtherTableReader.Read(_title!, _otherLines) is { } other)
                {
                    _otherTables.Add(other);
                }
                _otherLines.Clear();
                break;
        }
        _mode = Mode.Prose;
        _table = null;
        _sheetLines.Clear();
    }

    /// <summary>True when a sheet's lines say there is none (本单位无项目支出绩效目标表) and hold no 项目名称.</summary>
    private static bool IsDeclaredAbsent(List<SourceLine> lines) =>
        lines.Count > 0
        && !lines.Exists(l => l.Text.Contains("项目名称", StringComparison.Ordinal))
        && lines.Take(3).Any(l => (l.Text.StartsWith("本单位无", StringComparison.Ordinal) || l.Text.StartsWith("本部门无", StringComparison.Ordinal) || l.Text.Contains("没有", StringComparison.Ordinal))
            && l.Text.Contains("绩效", StringComparison.Ordinal));

    /// <summary>A line marked as a note (注：…, 备注：…, （注：…）) that says its table is empty: the table's, however long
    /// (本部门没有国有资本经营预算拨款安排的支出，故本表无数据。).</summary>
    private static bool IsEmptyTableNote(SourceLine line) =>
        line.SingleCell is { } c && (c.StartsWith('注') || c.StartsWith("备注", StringComparison.Ordinal) || c.StartsWith("（注", StringComparison.Ordinal) || c.StartsWith("(注", StringComparison.Ordinal))
        && TableReader.SaysEmpty(c);

    private static bool IsProse(SourceLine line) =>
        line.SingleCell is { } c && c.Length > 30 && (c.Contains('。') || c.Contains('，'));

    private static bool IsHeading(SourceLine line) =>
        line.SingleCell is { } c && c.Length <= 40 && (Labels.HasChineseOrdinal(c) || Titles.IsPartHeading(line));

    /// <summary>Takes a prose line into the paragraph being assembled; a paragraph the line completes is read.</summary>
    private void ReadProse(SourceLine line)
    {
        if (IsPageNumbered(line))
        {
            return;
        }
        var role = _prose.Add(line, out var done);
        if (done is not null)
        {
            ReadParagraph(done);
        }
        if (role == ProseAssembler.LineRole.Heading && _prose.Heading is { } heading)
        {
            Section(heading);
            _explanations.Heading(heading, _context.ProseCatalog);
            _expectDuties |= heading.Contains("职责", StringComparison.Ordinal) || heading.Contains("主要职能", StringComparison.Ordinal);
        }
    }

    /// <summary>Reads the paragraph being assembled, if any: a title, a part heading or the end of the text follows.</summary>
    private void EndProse()
    {
        if (_prose.Take() is { } paragraph)
        {
            ReadParagraph(paragraph);
        }
        _prose.ResetHeading();
    }

    /// <summary>Reads one paragraph of prose: its section, the unit's duties and staff, its facts and mentions.</summary>
    private void ReadParagraph(ProseParagraph paragraph)
    {
        var text = paragraph.Text;
        if (RunInHeading(text) is { } runIn)
        {
            // （三）绩效目标设置情况。2026年…: a numbered heading run into its paragraph.
            Section(runIn);
        }
        if (_expectDuties)
        {
            _duties ??= text;
            _expectDuties = false;
        }
        if (_staff is null && (text.Contains("编制", StringComparison.Ordinal) || text.Contains("内设", StringComparison.Ordinal)))
        {
            _staff = ProseReader.ReadStaff(text);
        }
        int before = _facts.Count;
        int explained = _facts.Count;
        _explanations.Read(paragraph, _context, _facts);
        if (_facts.Count == explained)
        {
            ProseReader.Read(paragraph, _context, _facts);
        }
        _explanations.ReadNamedClasses(paragraph, _context, _facts, before);
        _explanations.ReadEconomicClasses(paragraph, _context, _facts, before);
        _explanations.ReadBreakdown(paragraph, _facts, before);
        ProseCoverage.KeepUnread(paragraph, _facts, before, _context.Mentions);
        Mentions(paragraph);
    }

    /// <summary>The heading of a paragraph that starts with a numbered heading ending at its first 。 (（三）绩效目标设置情况。…),
    /// or null: at most 20 characters after the ordinal, no comma, semicolon or colon before the 。.</summary>
    private static string? RunInHeading(string text) =>
        text.Contains('。') && RunInHeadingShape().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)\s*([^。，,；;：:]{2,20})。")]
    private static partial Regex RunInHeadingShape();

    /// <summary>A table-of-contents entry without dot leaders: a heading and a page number.</summary>
    private static bool IsPageNumbered(SourceLine line)
    {
        var cells = line.NonEmpty();
        return cells.Length == 2 && cells[1].Text.Length <= 3 && CellChars.AllAsciiDigits(cells[1].Text)
            && (Titles.PartHeading().IsMatch(cells[0].Text) || Labels.HasChineseOrdinal(cells[0].Text));
    }

    private void Section(string heading)
    {
        bool Has(string s) => heading.Contains(s, StringComparison.Ordinal);
        if (Has("概况") || Has("职责") || Has("机构设置")) _sections.Add(DisclosureSection.Overview);
        if (Has("情况说明")) _sections.Add(DisclosureSection.Explanation);
        if (Has("政府采购")) _sections.Add(DisclosureSection.Procurement);
        if (Has("国有资产")) _sections.Add(DisclosureSection.Assets);
        if (Has("绩效")) _sections.Add(DisclosureSection.Performance);
        if (Has("名词解释")) _sections.Add(DisclosureSection.Glossary);
        if (Has("三公") && (Has("说明") || Has("变动"))) _sections.Add(DisclosureSection.ThreePublicExplanation);
    }

    private void Mentions(ProseParagraph paragraph)
    {
        var text = paragraph.Text;
        if (_context.UnitName is { } unit && text.IndexOf(unit, StringComparison.Ordinal) is >= 0 and var at)
        {
            _context.MentionUnitName(unit, paragraph.LineAt(at), "prose");
        }
        // Each pattern needs its literal (年, 类): a line without it is not scanned.
        if (text.Contains('年', StringComparison.Ordinal))
        {
            foreach (var m in YearMention().EnumerateMatches(text))
            {
                int from = Math.Max(0, m.Index - 6);
                int to = Math.Min(text.Length, m.Index + m.Length + 8);
                // The year (group 1) is the match without its closing 年.
                _context.Mentions.Add(new ProseMention(MentionKind.Year, text.Substring(m.Index, m.Length), paragraph.LineAt(m.Index),
                    Year: CellChars.WholeNumber(text.AsSpan(m.Index, m.Length - 1)), Context: text[from..to]));
            }
        }
        if (text.Contains('类', StringComparison.Ordinal))
        {
            foreach (Match m in ClassMention().Matches(text))
            {
                _context.Mentions.Add(new ProseMention(MentionKind.FunctionClass, m.Groups[1].Value, paragraph.LineAt(m.Index), Code: m.Groups[2].Value, Context: m.Value));
            }
        }
    }

    /// <summary>Builds the tables read. A title with nothing under it (no row, no unit line, no note: a line of a
    /// table of contents, or a title repeated as a reference) gives way to a table of the same kind that has content;
    /// of two tables of a kind with content, the first is kept and the second reported.</summary>
    private void BuildTables()
    {
        foreach (var reader in _readers)
        {
            bool hasContent = reader.HasContent;
            if (!hasContent && _readers.Exists(r => r != reader && r.Kind == reader.Kind && r.HasContent))
            {
                continue;
            }
            if (!hasContent && _readers.Find(r => r.Kind == reader.Kind) != reader)
            {
                continue;
            }
            if (_tables.Exists(t => t.Kind == reader.Kind))
            {
                _context.Log.Add(ImportRules.DuplicateTable, Severity.Warning,
                    $"Line {reader.TitleLine}: a second {reader.Kind.ChineseName()} (\"{reader.TitleText}\"); only the first is imported.",
                    reader.TitleLine, reader.Kind);
                continue;
            }
            _tables.Add(reader.Build());
        }
    }

    private ImportResult Build(string? coverName, int? year)
    {
        BuildTables();
        string? name = coverName
            ?? _tables.Select(t => t.Header.UnitName).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))
            ?? (_overall is { UnitName.Length: > 0 } o ? (ProjectSheetReader.CodeDash().Match(o.UnitName) is { Success: true } m ? m.Groups[2].Value : o.UnitName) : null);
        if (year is null || (name is null && _tables.Count == 0 && _sheets.Count == 0))
        {
            throw new DisclosureImportException(ImportFailure.NotADisclosure,
                year is null
                    ? "This is not a budget disclosure: no budget year was found (a cover such as 2024年度单位预算公开, or a table title with its year)."
                    : "This is not a budget disclosure: no unit name and no recognisable table or performance sheet was found.",
                _options.SourceName);
        }
        if (year is < 1949 or > 2200)
        {
            throw new DisclosureImportException(ImportFailure.NotADisclosure, $"The budget year {year} is not plausible.", _options.SourceName);
        }
        if (name is null)
        {
            name = "(unknown unit)";
            _context.Log.Add(ImportRules.Unit, Severity.Error, "The unit's name was found neither on the cover nor in a table header (单位名称：…).", 1);
        }
        var staff = _staff ?? StaffFigures.None;
        var builder = new DisclosureBuilder(name, year.Value)
            .WithUnit(u => u with { Code = _unitCode, Duties = _duties, Staff = staff });
        builder.WithSections([.. _sections]);
        foreach (var t in _tables)
        {
            builder.AddTable(t);
        }
        foreach (var s in _sheets)
        {
            builder.AddProjectSheet(s);
        }
        foreach (var other in _otherTables)
        {
            builder.AddOtherTable(other);
        }
        if (_overall is not null)
        {
            builder.WithOverallSheet(_overall);
        }
        foreach (var f in _facts)
        {
            builder.AddFact(f);
        }
        foreach (var mention in _context.Mentions)
        {
            builder.AddMention(mention);
        }
        var diagnostics = _context.Log.Findings.OrderBy(f => f.Location.Lines.Count > 0 ? f.Location.Lines[0] : 0).ToArray();
        foreach (var d in diagnostics)
        {
            builder.AddImportFinding(d);
        }
        return new ImportResult(builder.Build(), diagnostics);
    }

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年度?.{0,40}预算")]
    private static partial Regex CoverYear();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex TitleYear();

    /// <summary>The year of a line under a title that states only a year, in brackets or not: （2026年度）, 2026年, (2026
    /// 年度预算). A merged cell spread over several columns repeats the same text; any other line is not a subtitle.</summary>
    private static int? SubtitleYear(SourceLine line)
    {
        string? text = null;
        foreach (var (_, cell) in line.NonEmpty())
        {
            if (text is not null && !string.Equals(text, cell, StringComparison.Ordinal))
            {
                return null;
            }
            text = cell;
        }
        return text is not null && SubtitleYearShape().Match(text) is { Success: true } m ? CellChars.WholeNumber(m.Groups[1].ValueSpan) : null;
    }

    [GeneratedRegex(@"^\s*[（(]?\s*((?:19|20)\d{2})\s*年度?\s*(?:预算)?\s*[）)]?\s*$")]
    private static partial Regex SubtitleYearShape();

    /// <summary>A cover line with the name and the year: 2026年深圳市信访局部门预算, 北京市审计局2026年度部门预算信息公开
    /// (group 1: the name).</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年度?\s*)?(\p{IsCJKUnifiedIdeographs}[^\d]{1,38}?)\s*(?:(?:19|20)\d{2}\s*年度?)?\s*(?:部门|单位)?(?:综合)?预算")]
    private static partial Regex CoverNameAndYear();

    /// <summary>A unit name without a trailing qualifier in brackets: 长春市信访局（本级） → 长春市信访局.</summary>
    private static string WithoutQualifier(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length > 4 && (trimmed.EndsWith('）') || trimmed.EndsWith(')')))
        {
            int open = Math.Max(trimmed.LastIndexOf('（'), trimmed.LastIndexOf('('));
            if (open > 2)
            {
                return trimmed[..open];
            }
        }
        return trimmed;
    }

    [GeneratedRegex(@"(?:局|委员会|委|办公室|办|中心|厅|院|部|会|所|站|馆|校|学|队|处|社|团|室|署|府|庭|场|园|区)$")]
    private static partial Regex UnitSuffix();

    /// <summary>A year as prose writes it: 2024年 (group 1: the year). Also the year a change is compared with (比2023年).</summary>
    [GeneratedRegex(@"((?:19|20)\d{2})年")]
    internal static partial Regex YearMention();

    [GeneratedRegex(@"([\p{IsCJKUnifiedIdeographs}]{2,30})[（(](\d{3})类[）)]")]
    private static partial Regex ClassMention();
}
