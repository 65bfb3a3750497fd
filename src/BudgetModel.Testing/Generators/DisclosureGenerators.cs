using System.Runtime.CompilerServices;
using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Performance;
using FsCheck;
using FsCheck.Fluent;

namespace BudgetModel.Testing.Generators;

/// <summary>
/// FsCheck generators of whole budget disclosures (and of single tables) in which every rule of the domain holds
/// exactly, for property tests of rollup rules and validators.
/// </summary>
/// <remarks>
/// <para>
/// A disclosure is built from the bottom up: a few 支出功能分类 项 codes (from the 2024 catalog and from
/// <see cref="CodeGenerators.FunctionCodeUnder"/>), each with 基本支出 and 项目支出 amounts by fund source
/// (一般公共预算, 政府性基金预算, 国有资本经营预算, 财政专户管理资金, 单位资金, 上年结转); projects that partition the
/// project amounts by fund column; economic items that partition 基本支出 into 人员经费 and 公用经费, with the “三公”
/// lines (公务接待费, 公务用车运行维护费) inside 公用经费. Every table is then derived: 款 = Σ 项, 类 = Σ 款, the 合计 rows,
/// tables 1 to 13, one 项目支出绩效目标表 per project (年度 and 实施期 funds equal to the project in 元, with a level
/// breakdown that sums to it and valid indicators), an 整体支出绩效目标表 matching table 1, and prose facts (amounts,
/// shares rounded 四舍五入 to two decimals, procurement parts summing to their total).
/// </para>
/// <para>
/// Amounts are whole multiples of 0.01 万元 (10,000 fen) in the 万元 generators, so the published figures are exact and
/// every sum holds to the fen; <see cref="FromYuan()"/> instead generates to the fen and publishes at 万元 with two
/// decimals, so that relations hold only within rounding. The budget year is 2024; the unit's name is the same
/// on the cover, in every table header, on the sheets and in the prose. Catalog names are used for codes the 2024
/// catalog knows (<see cref="ClassificationCatalog.Edition2024"/>).
/// </para>
/// <para>Generation is linear in the number of codes (plus one sort), so
/// <see cref="ConsistentWithRows(int, int)"/> builds a province-sized disclosure of 100,000 rows in seconds.</para>
/// </remarks>
public static partial class DisclosureGenerators
{
    /// <summary>The largest number of 项 codes <see cref="Consistent()"/> generates.</summary>
    public const int DefaultMaxItems = 8;

    private static readonly ConditionalWeakTable<BudgetDisclosure, Origin> Origins = [];

    private static readonly FunctionCode[] CatalogItems =
        ClassificationCatalog.Edition2024.FunctionCodes.Where(static c => c.Level == FunctionLevel.Item).ToArray();

    private static readonly FunctionCode[] CatalogClasses = ClassificationCatalog.Edition2024.FunctionClasses.ToArray();

    /// <summary>Consistent disclosures with 1 to <see cref="DefaultMaxItems"/> 项 codes, tables in 万元 with two
    /// decimals; shrinking drops codes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BudgetDisclosure> Consistent() => Consistent(DefaultMaxItems);

    /// <summary>Consistent disclosures with 1 to <paramref name="maxItems"/> 项 codes, tables in 万元 with two decimals
    /// and every amount a whole multiple of 0.01 万元, so that every rule holds exactly; shrinking drops codes.</summary>
    /// <param name="maxItems">The largest number of 项 codes, at least 1.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxItems"/> is less than 1.</exception>
    public static Arbitrary<BudgetDisclosure> Consistent(int maxItems)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        return Arb.From(Specs(1, maxItems, exactYuan: false, requireEveryFund: false).Select(s => Build(s, rounded: false)), Shrink);
    }

    /// <summary>Consistent disclosures whose tables are in 元 with two decimals and whose amounts are exact to the fen
    /// (not whole 万元 hundredths): every rule holds exactly; shrinking drops codes.</summary>
    /// <param name="maxItems">The largest number of 项 codes, at least 1.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxItems"/> is less than 1.</exception>
    public static Arbitrary<BudgetDisclosure> ConsistentInYuan(int maxItems = DefaultMaxItems)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        return Arb.From(Specs(1, maxItems, exactYuan: true, requireEveryFund: false).Select(s => Build(s, rounded: false)), Shrink);
    }

    /// <summary>Consistent disclosures whose 项 codes are all in the 2024 catalog, so that every function row has its
    /// catalogue name (a table printed without codes, names with ordinals only, can then be read back); shrinking drops
    /// codes.</summary>
    /// <param name="maxItems">The largest number of 项 codes, at least 1.</param>
    /// <param name="exactYuan">True for tables in 元 with amounts to the fen; false for 万元 with two decimals.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxItems"/> is less than 1.</exception>
    public static Arbitrary<BudgetDisclosure> ConsistentInCatalog(int maxItems, bool exactYuan)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        var specs =
            from count in Gen.Choose(1, maxItems)
            from codes in Gen.ArrayOf(Gen.Elements(CatalogItems), count)
            from seed in Gen.Choose(0, int.MaxValue - 1)
            select new DisclosureSpec(Distinct(codes, 1), seed, exactYuan);
        return Arb.From(specs.Select(s => Build(s, rounded: false)), Shrink);
    }

    /// <summary>
    /// Consistent disclosures generated in exact 元 (amounts to the fen) and then published the way a publisher does:
    /// every table figure rounded to 万元 with two decimals (四舍五入, <see cref="RoundToWan"/>). Relations between the
    /// published figures then hold only within rounding: a validator should see drift, never an error.
    /// </summary>
    /// <returns>The arbitrary; shrinking drops codes.</returns>
    public static Arbitrary<BudgetDisclosure> FromYuan() => FromYuan(DefaultMaxItems);

    /// <summary>As <see cref="FromYuan()"/>, with 1 to <paramref name="maxItems"/> 项 codes.</summary>
    /// <param name="maxItems">The largest number of 项 codes, at least 1.</param>
    /// <returns>The arbitrary; shrinking drops codes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxItems"/> is less than 1.</exception>
    public static Arbitrary<BudgetDisclosure> FromYuan(int maxItems)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        return Arb.From(Specs(1, maxItems, exactYuan: true, requireEveryFund: false).Select(s => Build(s, rounded: true)), Shrink);
    }

    /// <summary>
    /// Consistent disclosures of a fixed shape with about <paramref name="rowCount"/> function rows in 预算支出总表
    /// (up to 30 类, each with the same number of 款 and 项), for benchmarks; only the amounts vary. No shrinking.
    /// </summary>
    /// <param name="rowCount">The number of function rows wanted, at least 1; the result is within a few percent
    /// of it for counts above a few hundred (and at least 3).</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowCount"/> is less than 1.</exception>
    public static Arbitrary<BudgetDisclosure> ConsistentWithRows(int rowCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowCount, 1);
        var codes = ConsistentDisclosureFactory.CodesForRows(rowCount);
        return Gen.Choose(0, int.MaxValue - 1)
            .Select(seed => ConsistentDisclosureFactory.Build(new DisclosureSpec(codes, seed, ExactYuan: false)))
            .ToArbitrary();
    }

    /// <summary>
    /// The consistent disclosure of about <paramref name="rowCount"/> function rows for a seed, without FsCheck: the
    /// same seed gives the same disclosure. Built in time linear in <paramref name="rowCount"/>.
    /// </summary>
    /// <param name="rowCount">The number of function rows wanted, at least 1.</param>
    /// <param name="seed">The seed of the amounts and names.</param>
    /// <returns>The disclosure, tables in 万元 with two decimals.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowCount"/> is less than 1.</exception>
    public static BudgetDisclosure ConsistentWithRows(int rowCount, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowCount, 1);
        return ConsistentDisclosureFactory.Build(new DisclosureSpec(ConsistentDisclosureFactory.CodesForRows(rowCount), seed, ExactYuan: false));
    }

    /// <summary>
    /// Consistent tables of one function-code kind (预算收入总表, 预算支出总表, 一般公共预算支出预算表 or 政府性基金预算支出表),
    /// taken from consistent disclosures that have money in every fund, for users who test one rule.
    /// </summary>
    /// <param name="kind">A kind whose table is a <see cref="Disclosure.FunctionTable"/>.</param>
    /// <returns>The arbitrary; tables do not shrink.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a function-code table kind.</exception>
    public static Arbitrary<FunctionTable> FunctionTable(TableKind kind)
    {
        if (kind is not (TableKind.RevenueSummary or TableKind.ExpenditureSummary or TableKind.GeneralBudgetExpenditure or TableKind.GovernmentFundExpenditure))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only tables 2, 3, 5 and 8 (预算收入总表, 预算支出总表, 一般公共预算支出预算表, 政府性基金预算支出表) are function tables.");
        }
        return Table(kind).Generator.Select(static t => (FunctionTable)t).ToArbitrary();
    }

    /// <summary>
    /// Consistent tables of any of the seed's thirteen kinds, taken from consistent disclosures (tables in 万元) that
    /// have money in every fund and a carry-over, so that every kind has figures. The consistent disclosures do not
    /// (yet) include the kinds other provinces publish (<see cref="TableKind.BasicExpenditureSummary"/> and after).
    /// </summary>
    /// <param name="kind">The table kind, one of the seed's thirteen.</param>
    /// <returns>The arbitrary; tables do not shrink.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind, or is one the
    /// consistent disclosures do not include.</exception>
    public static Arbitrary<BudgetTable> Table(TableKind kind)
    {
        if (!Enum.IsDefined(kind) || kind > TableKind.ProjectExpenditureCarryOver)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Consistent tables are generated for the seed's thirteen kinds only.");
        }
        return Specs(3, DefaultMaxItems, exactYuan: false, requireEveryFund: true)
            .Select(s => ConsistentDisclosureFactory.Build(s)[kind]
                ?? throw new InvalidOperationException($"A disclosure with every fund lacks a {kind} table."))
            .ToArbitrary();
    }

    /// <summary>
    /// Picks a published table cell of <paramref name="disclosure"/> and a new amount for it that differs by more than
    /// the rounding bound of any relation the cell can take part in: ±(1 万元 + k × 0.01 万元 + n × half the last
    /// printed unit) for k from 1 to 1,000, where n exceeds the row count of the largest table. Every cell takes part
    /// in some rule (a row's 合计, a rollup, a summary line, or a cross-table equality), so every cell can be picked.
    /// </summary>
    /// <param name="disclosure">A disclosure with at least one table cell.</param>
    /// <returns>The generator of (cell, new amount).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclosure"/> is null.</exception>
    /// <exception cref="ArgumentException">The disclosure has no table cell.</exception>
    public static Gen<(CellLocation Cell, Money NewValue)> Perturbation(BudgetDisclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var cells = disclosure.Cells().ToArray();
        if (cells.Length == 0)
        {
            throw new ArgumentException("The disclosure has no table cell to change.", nameof(disclosure));
        }
        long slackFen = MinimumChangeFen(disclosure);
        return from cell in Gen.Elements(cells)
               from hundredths in Gen.Choose(1, 1000)
               from up in Gen.Elements(true, false)
               let change = Money.FromFen(slackFen + (hundredths * 10_000L))
               select (cell.Location, up ? cell.Amount + change : cell.Amount - change);
    }

    /// <summary>
    /// Re-publishes every table of a disclosure at 万元 with two decimals (四舍五入, half away from zero), as a publisher
    /// rounds exact 元 books: each cell becomes <see cref="PublishedPrecision.Publish"/> of its amount and each header
    /// says 万元. Money facts stated more finely than 0.01 万元 (for example in 元) are restated in 万元 with two decimals;
    /// the overall sheet's amounts are rounded likewise. A table whose figures all round to zero gets the note
    /// 本表为空表 (a table printed empty must say why). Shares, counts, project sheets (in 元), mentions and the rest
    /// are kept as they are.
    /// </summary>
    /// <param name="exactYuanTables">The disclosure, typically with tables in 元.</param>
    /// <returns>The re-published disclosure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exactYuanTables"/> is null.</exception>
    public static BudgetDisclosure RoundToWan(BudgetDisclosure exactYuanTables)
    {
        ArgumentNullException.ThrowIfNull(exactYuanTables);
        var d = exactYuanTables;
        var wan = PublishedPrecision.WanTwoDecimals;
        var builder = new DisclosureBuilder(d.Unit.Name, d.BudgetYear).WithUnit(_ => d.Unit);
        foreach (var table in d.Tables)
        {
            builder.AddTable(Republish(table, wan));
        }
        foreach (var sheet in d.ProjectSheets)
        {
            builder.AddProjectSheet(sheet);
        }
        if (d.OverallSheet is { } overall)
        {
            builder.WithOverallSheet(new OverallPerformanceSheet(
                overall.UnitName,
                wan.Publish(overall.Total),
                overall.BySource.ToDictionary(static p => p.Key, p => wan.Publish(p.Value)),
                overall.ByType.ToDictionary(static p => p.Key, p => wan.Publish(p.Value)),
                overall.Staff,
                overall.Indicators,
                wan,
                overall.Line));
        }
        foreach (var fact in d.Facts)
        {
            builder.AddFact(Republish(fact, wan));
        }
        foreach (var mention in d.Mentions)
        {
            builder.AddMention(mention);
        }
        foreach (var finding in d.ImportFindings)
        {
            builder.AddImportFinding(finding);
        }
        return builder.WithSections(d.Sections.ToArray()).Build();
    }

    private static BudgetTable Republish(BudgetTable table, PublishedPrecision precision)
    {
        var builder = new TableBuilder(table.Kind, table.Header with { Precision = precision });
        foreach (var row in table.Rows)
        {
            var published = row;
            for (int c = 0; c < row.Columns.Count; c++)
            {
                published = published.With(row.Columns[c], precision.Publish(row.Values[c]));
            }
            builder.Add(published);
        }
        var result = builder.Build();
        // Figures that all round to 0.00 leave a table printed empty: the publisher says so.
        return result.IsPrintedEmpty && !table.IsPrintedEmpty && result.Header.EmptyNote is null
            ? ConsistentDisclosureFactory.WithNote(result, "本表为空表。")
            : result;
    }

    private static ProseFact Republish(ProseFact fact, PublishedPrecision precision)
    {
        if (fact.Kind is not (FactKind.Amount or FactKind.ChangeAmount) || fact.Amount is not { } amount || fact.Precision is not { } stated
            || stated.HalfUnit.CompareTo(precision.HalfUnit) >= 0)
        {
            return fact;
        }
        return fact with { Value = precision.Publish(amount).Wan, Unit = "万元", Decimals = precision.Decimals };
    }

    // The change that exceeds the rounding bound of any relation: 1 万元 plus half the coarsest last printed unit for
    // every row of the largest table and a few more (a relation adds at most one table's rows and a few figures of
    // other tables), rounded up to whole 0.01 万元 so that the new amount can be printed.
    private static long MinimumChangeFen(BudgetDisclosure disclosure)
    {
        long halfFen = 0;
        int rows = 0;
        foreach (var table in disclosure.Tables)
        {
            halfFen = Math.Max(halfFen, table.Precision.HalfUnit.HalfFen);
            rows = Math.Max(rows, table.Rows.Count);
        }
        long boundFen = ((halfFen * (rows + 16)) + 1) / 2;
        return 1_000_000L + ((boundFen + 9_999) / 10_000 * 10_000);
    }

    private static Gen<DisclosureSpec> Specs(int minItems, int maxItems, bool exactYuan, bool requireEveryFund) =>
        from count in Gen.Choose(minItems, Math.Max(minItems, maxItems))
        from codes in Gen.ArrayOf(ItemCode(), count)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select new DisclosureSpec(Distinct(codes, minItems), seed, exactYuan, requireEveryFund);

    // A 项 code of the 2024 catalog, or a 项 under a 款 under a catalog 类 drawn with CodeGenerators.
    private static Gen<FunctionCode> ItemCode() => Gen.Frequency(
        (2, Gen.Elements(CatalogItems)),
        (3, from cls in Gen.Elements(CatalogClasses)
            from section in CodeGenerators.FunctionCodeUnder(cls)
            from item in CodeGenerators.FunctionCodeUnder(section)
            select item));

    private static FunctionCode[] Distinct(FunctionCode[] codes, int minCount)
    {
        var distinct = new List<FunctionCode>(codes.Length);
        var seen = new HashSet<FunctionCode>();
        foreach (var code in codes)
        {
            if (seen.Add(code))
            {
                distinct.Add(code);
            }
        }
        for (int i = 0; distinct.Count < minCount && i < CatalogItems.Length; i++)
        {
            if (seen.Add(CatalogItems[i]))
            {
                distinct.Add(CatalogItems[i]);
            }
        }
        return distinct.ToArray();
    }

    private static BudgetDisclosure Build(DisclosureSpec spec, bool rounded)
    {
        var exact = ConsistentDisclosureFactory.Build(spec);
        var disclosure = rounded ? RoundToWan(exact) : exact;
        Origins.AddOrUpdate(disclosure, new Origin(spec, rounded));
        return disclosure;
    }

    // Shrinks by regenerating from fewer codes (the first half, then each code left out in turn).
    private static IEnumerable<BudgetDisclosure> Shrink(BudgetDisclosure disclosure)
    {
        if (!Origins.TryGetValue(disclosure, out var origin) || origin.Spec.ItemCodes.Count <= 1)
        {
            yield break;
        }
        var codes = origin.Spec.ItemCodes;
        yield return Build(origin.Spec with { ItemCodes = codes.Take(codes.Count / 2).ToArray() }, origin.Rounded);
        for (int i = 0; i < codes.Count; i++)
        {
            int skip = i;
            yield return Build(origin.Spec with { ItemCodes = codes.Where((_, j) => j != skip).ToArray() }, origin.Rounded);
        }
    }

    private sealed record Origin(DisclosureSpec Spec, bool Rounded);
}
