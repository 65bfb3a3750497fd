using BudgetModel.Disclosure;
using BudgetModel.Testing.Samples;
using BudgetModel.Validation;

namespace BudgetModel.Tests.Serialization;

/// <summary>
/// The disclosure the JSON tests write and read: the hand-built seed (<see cref="Fenyang2024.Build"/>: 13 tables, 21
/// project sheets, the overall sheet, facts and mentions) with the two things the format must carry that the seed has
/// no occasion for:
/// <list type="bullet">
/// <item>table 11 (机关运行经费) published in 元 with fen, as some provinces publish — 282,644.85 元, the seed's own
/// 28.264485万元 (line 882), where the seed prints 28.27 万元;</item>
/// <item>one import finding: the importer's note on a cell of table 3 (2150517 产业发展, line 178) read cut short.</item>
/// </list>
/// </summary>
internal static class JsonSample
{
    /// <summary>The index of table 3 (预算支出总表) in <see cref="BudgetDisclosure.Tables"/>.</summary>
    internal const int ExpenditureSummaryIndex = 2;

    /// <summary>The index of the row 2150517 产业发展 in table 3 (after the 合计 row and 24 other codes).</summary>
    internal const int IndustryDevelopmentRow = 25;

    internal static BudgetDisclosure Build()
    {
        var seed = Fenyang2024.Build();
        var t11 = seed.OperatingExpenses!;
        var inYuan = new TableBuilder(TableKind.OperatingExpenses, t11.Header with { Precision = PublishedPrecision.YuanTwoDecimals })
            .AtLine(t11.UnitRows[0].Line!.Value).Unit("部门合计", 282644.85m, 282644.85m, 0m, 0m)
            .AtLine(t11.DetailRows[0].Line!.Value).Project(Fenyang2024.UnitName, 282644.85m, 282644.85m, 0m, 0m)
            .Build();
        var cutShort = new Finding(
            "BM-IMPORT-CELL",
            Severity.Warning,
            FindingKind.Import,
            "Cell cut short by the extraction.",
            new FindingLocation(TableKind.ExpenditureSummary, "2150517", "2150517", Column: TableColumn.Total)
            {
                Lines = [178],
                Cells = [new CellLocation(TableKind.ExpenditureSummary, IndustryDevelopmentRow, "2150517", TableColumn.Total)],
            })
        {
            Expected = 3793.87m,
            Actual = 3793.86m,
            Unit = "万元",
            Bound = PublishedPrecision.WanTwoDecimals.HalfUnit,
        };
        var d = seed.WithTable(inYuan);
        // The import findings have no With… method (only the importer and DisclosureBuilder add them); the trusted
        // constructor copies the rest unchanged.
        return new BudgetDisclosure(d.Unit, d.BudgetYear, d.Tables, d.ProjectSheets, d.OverallSheet, d.Facts, d.Mentions, d.Sections, [cutShort]);
    }
}
