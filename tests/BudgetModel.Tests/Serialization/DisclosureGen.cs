using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace BudgetModel.Tests.Serialization;

using Money = global::BudgetModel.Money;

/// <summary>
/// A small generator of whole disclosures for the JSON round-trip laws: tables of random kinds with rows of the kinds'
/// row types, random columns and fen-exact amounts in random units and precisions, sheets, an overall sheet, facts,
/// mentions and findings. Structure only: the figures need not add up. (BudgetModel.Testing will ship consistent
/// disclosure generators; this one stays local to the serialization tests until then.)
/// </summary>
internal static class DisclosureGen
{
    private static readonly string[] Names =
    [
        "汾阳市工业和信息化局", "一般公共服务支出", "产业发展", "“煤改电”设备质保金", "合计", "①公务用车购置费",
        "quote \" backslash \\ tab \t newline \n", "<script>&amp;</script>", "𠀀 supplementary", " ", "",
    ];

    internal static Gen<string> Text => Gen.Frequency((4, Gen.Elements(Names)), (1, Gen.Choose(0, 0x2FFF).Select(c => "x" + (char)c + "y")));

    internal static Gen<string> NonBlank => Gen.Elements(Names.Where(n => !string.IsNullOrWhiteSpace(n)).ToArray());

    internal static Gen<string?> OptionalText => Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text.Select(s => (string?)s)));

    internal static Gen<int?> Line => Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(1, 5000).Select(i => (int?)i)));

    /// <summary>Fen amounts: zero, whole cents of 万元 (what a 万元 table prints) or any fen, of either sign.</summary>
    internal static Gen<Money> Amount =>
        Gen.Frequency(
            (2, Gen.Constant(Money.Zero)),
            (3, Gen.Choose(-10_000_000, 10_000_000).Select(c => Money.FromFen(c * 10_000L))),
            (3, from hi in Gen.Choose(-90_000, 90_000) from lo in Gen.Choose(0, 999_999) select Money.FromFen((hi * 1_000_000L) + lo)),
            (1, Gen.Elements(Money.MaxValue, Money.MinValue, Money.FromFen(1), Money.FromFen(-1))));

    internal static Gen<PublishedPrecision> Precision => Gen.Elements(
        PublishedPrecision.WanTwoDecimals, PublishedPrecision.YuanTwoDecimals, PublishedPrecision.WholeYuan,
        new PublishedPrecision(MoneyUnit.Wan, 4), new PublishedPrecision(MoneyUnit.Wan, 0), new PublishedPrecision(MoneyUnit.Yi, 2), new PublishedPrecision(MoneyUnit.Wan, 6));

    internal static Gen<string> Digits(char first, params int[] lengths) =>
        from length in Gen.Elements(lengths)
        from rest in Gen.ArrayOf(Gen.Choose(0, 9), length - 1)
        select first + string.Concat(rest);

    internal static Gen<FunctionCode> FunctionCodes => Digits('2', 3, 5, 7).Select(FunctionCode.Parse);

    internal static Gen<RevenueCode> RevenueCodes => Digits('1', 3, 5, 7, 9).Select(RevenueCode.Parse);

    internal static Gen<EconomicCode?> EconomicCodes => Gen.Frequency(
        (1, Gen.Constant<EconomicCode?>(null)),
        (3, from first in Gen.Elements('3', '5') from digits in Digits(first, 3, 5) select (EconomicCode?)EconomicCode.Parse(digits)));

    internal static Gen<T> Enum<T>() where T : struct, System.Enum => Gen.Elements(System.Enum.GetValues<T>());

    internal static Gen<T?> Optional<T>(Gen<T> gen) where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    internal static Gen<IReadOnlyList<TableColumn>> Columns(TableKind kind) => Gen.Frequency(
        (4, Gen.Constant(StandardColumns.For(kind))),
        (1, Gen.Shuffle(System.Enum.GetValues<TableColumn>()).SelectMany(all => Gen.Choose(0, 4).Select(n => (IReadOnlyList<TableColumn>)all.Take(n).ToArray()))));

    internal static Gen<Money[]> Values(IReadOnlyList<TableColumn> columns) => Gen.ArrayOf(Amount, columns.Count);

    internal static Gen<TableRow> Row(TableKind kind)
    {
        Gen<TableRow> Make(Func<IReadOnlyList<TableColumn>, Money[], int?, Gen<TableRow>> make) =>
            from columns in Columns(kind)
            from values in Values(columns)
            from line in Line
            from row in make(columns, values, line)
            select row;

        var function = Make((c, v, l) => from code in FunctionCodes from name in Text select (TableRow)new FunctionRow(code, name, c, v, l));
        var source = Make((c, v, l) => from s in Enum<FundSource>() from carry in Gen.Elements(false, true) from name in Text select (TableRow)new SourceRow(s, name, c, v, l, carry));
        var economic = Make((c, v, l) =>
            from dept in EconomicCodes
            from gov in EconomicCodes
            from name in Text
            from govName in OptionalText
            from isClass in Gen.Elements(false, true)
            select (TableRow)new EconomicRow(dept, name, gov, govName, isClass, c, v, l));
        var revenue = Make((c, v, l) => from code in RevenueCodes from name in Text select (TableRow)new RevenueCodeRow(code, name, c, v, l));
        var named = Make((c, v, l) => from role in Enum<RowRole>() from name in Text select (TableRow)new NamedRow(name, role, c, v, l));
        var summary = Make((c, v, l) => from line in Enum<SummaryLine>() from name in Text select (TableRow)new SummaryRow(line, name, c, v, l));

        return TableLayout.For(kind).Shape switch
        {
            TableShape.Summary or TableShape.FiscalAppropriation => Gen.OneOf(source, function, summary),
            TableShape.Economic => Gen.OneOf(economic, summary),
            TableShape.RevenueCode => Gen.OneOf(revenue, summary),
            TableShape.StateCapital => Gen.OneOf(revenue, function, summary),
            TableShape.ThreePublic => summary,
            TableShape.NamedRows => named,
            _ => Gen.OneOf(function, summary),
        };
    }

    internal static Gen<BudgetTable> Table(TableKind kind) =>
        from precision in Precision
        from title in OptionalText
        from number in OptionalText
        from unitName in OptionalText
        from note in OptionalText
        from line in Line
        from count in Gen.Choose(0, 6)
        from rows in Gen.ArrayOf(Row(kind), count)
        select rows.Aggregate(new TableBuilder(kind, new TableHeader(precision, title, number, unitName, note, line)), (b, r) => b.Add(r)).Build();

    internal static Gen<OtherTableRow> OtherRow =>
        from cells in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Text, n))
        from line in Line
        select new OtherTableRow(cells, line);

    /// <summary>A table the library does not know: any title, header and cell texts, with or without a unit.</summary>
    internal static Gen<OtherTable> OtherTable =>
        from title in Text
        from number in OptionalText
        from precision in Gen.Frequency((1, Gen.Constant<PublishedPrecision?>(null)), (2, Precision.Select(p => (PublishedPrecision?)p)))
        from unitName in OptionalText
        from line in Line
        from header in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(OtherRow, n))
        from rows in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(OtherRow, n))
        select new OtherTable(title, header, rows, number, precision, unitName, line);

    internal static Gen<ProjectFunding> Funding =>
        from total in Amount
        from levels in Gen.SubListOf(System.Enum.GetValues<FundingLevel>())
        from amounts in Gen.ArrayOf(Amount, levels.Count)
        from line in Line
        select new ProjectFunding(total, levels.Zip(amounts).ToDictionary(p => p.First, p => p.Second), line);

    internal static Gen<SheetIndicator> SheetIndicator =>
        from category in Enum<IndicatorCategory>()
        from subcategory in Enum<IndicatorSubcategory>()
        from name in Text
        from value in Gen.Elements("350户", "≥90%", ">17000辆", "364575元", "28.205万元", "91亿", "<1天", "及时", "有效提升", "")
        from line in Line
        select new SheetIndicator(new Indicator(category, subcategory, name, IndicatorValue.Parse(value)), line);

    internal static Gen<ProjectSheetDetails> Details =>
        from f in Gen.ArrayOf(OptionalText, 12)
        from key in Gen.Elements(false, true)
        select new ProjectSheetDetails(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], key);

    internal static Gen<ProjectPerformanceSheet> Sheet =>
        from name in NonBlank
        from lifetime in Funding
        from annual in Funding
        from details in Gen.Frequency((1, Gen.Constant(ProjectSheetDetails.None)), (2, Details))
        from li in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(SheetIndicator, n))
        from ai in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(SheetIndicator, n))
        from line in Line
        select new ProjectPerformanceSheet(name, lifetime, annual, details, li, ai, line);

    internal static Gen<StaffFigures> Staff => Gen.ArrayOf(Optional(Gen.Choose(0, 500)), 6).Select(s => new StaffFigures(s[0], s[1], s[2], s[3], s[4], s[5]));

    internal static Gen<OverallPerformanceSheet> Overall =>
        from unitName in Text
        from precision in Precision
        from total in Amount
        from sources in Gen.SubListOf(System.Enum.GetValues<FundSource>())
        from sourceAmounts in Gen.ArrayOf(Amount, sources.Count)
        from types in Gen.SubListOf(System.Enum.GetValues<ExpenditureType>())
        from typeAmounts in Gen.ArrayOf(Amount, types.Count)
        from staff in Staff
        from indicators in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(SheetIndicator, n))
        from line in Line
        select new OverallPerformanceSheet(
            unitName,
            total,
            sources.Zip(sourceAmounts).ToDictionary(p => p.First, p => p.Second),
            types.Zip(typeAmounts).ToDictionary(p => p.First, p => p.Second),
            staff,
            indicators,
            precision,
            line);

    /// <summary>Any decimal of a few places, exact: a count of hundredths or ten-thousandths.</summary>
    internal static Gen<decimal> Number =>
        from units in Gen.Choose(-2_000_000, 2_000_000)
        from scale in Gen.Choose(0, 4)
        select new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale);

    internal static Gen<FactSubject> Subject =>
        from topic in Enum<FactTopic>()
        from source in Optional(Enum<FundSource>())
        from code in Gen.Frequency((2, Gen.Constant<FunctionCode?>(null)), (1, FunctionCodes.Select(c => (FunctionCode?)c)))
        from category in Optional(Enum<ProjectCategory>())
        from name in OptionalText
        select new FactSubject(topic, source, code, category, name);

    internal static Gen<ProseFact> Fact =>
        from kind in Enum<FactKind>()
        from subject in Subject
        from value in Number
        from unit in Gen.Elements("万元", "元", "亿元", "%", "个", "平方米")
        from decimals in Gen.Choose(0, 4)
        from line in Line
        from excerpt in OptionalText
        from baseSubject in Gen.Frequency((2, Gen.Constant<FactSubject?>(null)), (1, Subject.Select(s => (FactSubject?)s)))
        from year in Optional(Gen.Choose(2000, 2030))
        select new ProseFact(kind, subject, value, unit, decimals, line, excerpt) { Base = baseSubject, ComparedYear = year };

    internal static Gen<ProseMention> Mention =>
        from kind in Enum<MentionKind>()
        from text in Text
        from line in Line
        from code in OptionalText
        from year in Optional(Gen.Choose(2000, 2030))
        from context in OptionalText
        select new ProseMention(kind, text, line, code, year, context);

    internal static Gen<CellLocation> Cell =>
        from table in Enum<TableKind>()
        from row in Gen.Choose(0, 100)
        from key in Text
        from column in Enum<TableColumn>()
        select new CellLocation(table, row, key, column);

    internal static Gen<Finding> Finding =>
        from rule in Gen.Elements("BM-T3-ROLLUP", "BM-IMPORT-CELL", "BM-X-T1-T3")
        from severity in Enum<Severity>()
        from kind in Enum<FindingKind>()
        from message in Text
        from table in Optional(Enum<TableKind>())
        from row in OptionalText
        from code in OptionalText
        from project in OptionalText
        from column in Optional(Enum<TableColumn>())
        from lines in Gen.SubListOf(Enumerable.Range(1, 20).ToArray())
        from cells in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Cell, n))
        from expected in Optional(Number)
        from actual in Optional(Number)
        from unit in OptionalText
        from bound in Optional(Gen.Choose(0, 1_000_000).Select(h => RoundingBound.FromHalfFen(h)))
        select new Finding(rule, severity, kind, message, new FindingLocation(table, row, code, project, column) { Lines = lines.ToArray(), Cells = cells })
        {
            Expected = expected,
            Actual = actual,
            Unit = unit,
            Bound = bound,
        };

    internal static Gen<DisclosureUnit> Unit =>
        from name in NonBlank
        from code in OptionalText
        from level in Enum<DisclosureLevel>()
        from duties in OptionalText
        from staff in Gen.Frequency((1, Gen.Constant<StaffFigures?>(null)), (2, Staff.Select(s => (StaffFigures?)s)))
        select new DisclosureUnit(name, code, level, duties, staff);

    internal static Gen<BudgetDisclosure> Disclosures =>
        from unit in Unit
        from year in Gen.Choose(1949, 2200)
        from kinds in Gen.SubListOf(TableKinds.All.ToArray())
        from ordered in Gen.Shuffle(kinds.ToArray())
        from tables in Gen.CollectToArray<TableKind, BudgetTable>(ordered, k => Table(k))
        from others in Gen.Frequency((2, Gen.Constant(Array.Empty<OtherTable>())), (1, Gen.Choose(1, 2).SelectMany(n => Gen.ArrayOf(OtherTable, n))))
        from sections in Gen.SubListOf(System.Enum.GetValues<DisclosureSection>())
        from sheets in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Sheet, n))
        from overall in Gen.Frequency((1, Gen.Constant<OverallPerformanceSheet?>(null)), (1, Overall.Select(o => (OverallPerformanceSheet?)o)))
        from facts in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Fact, n))
        from mentions in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Mention, n))
        from findings in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Finding, n))
        select Build(unit, year, tables, others, sections, sheets, overall, facts, mentions, findings);

    private static BudgetDisclosure Build(
        DisclosureUnit unit,
        int year,
        BudgetTable[] tables,
        OtherTable[] others,
        IList<DisclosureSection> sections,
        ProjectPerformanceSheet[] sheets,
        OverallPerformanceSheet? overall,
        ProseFact[] facts,
        ProseMention[] mentions,
        Finding[] findings)
    {
        var builder = new DisclosureBuilder(unit.Name, year).WithUnit(_ => unit).WithSections([.. sections]);
        foreach (var t in tables) builder.AddTable(t);
        foreach (var t in others) builder.AddOtherTable(t);
        foreach (var s in sheets) builder.AddProjectSheet(s);
        if (overall is not null) builder.WithOverallSheet(overall);
        foreach (var f in facts) builder.AddFact(f);
        foreach (var m in mentions) builder.AddMention(m);
        foreach (var f in findings) builder.AddImportFinding(f);
        return builder.Build();
    }
}
