using System.Text.Json.Nodes;
using BudgetModel.Disclosure;
using BudgetModel.Serialization;
using BudgetModel.Validation;

namespace BudgetModel.Tests.Serialization;

public class ReportJsonTests
{
    /// <summary>The seed's table 5 drift: classes sum to 924.57 against a published 924.56 (info), and the 业务经费 sheet
    /// whose 实施期 94,500 元 differs from 年度 88,500 元 (warning).</summary>
    private static ValidationReport SeedReport() => new(
    [
        new Finding("BM-T5-ROLLUP", Severity.Info, FindingKind.RoundingDrift, "合计 924.56 vs Σ 类 924.57: within rounding.", new FindingLocation(TableKind.GeneralBudgetExpenditure, "Total", Column: TableColumn.Total) { Lines = [160, 161] })
        {
            Expected = 924.57m,
            Actual = 924.56m,
            Unit = "万元",
            Bound = RoundingBound.Of(PublishedPrecision.WanTwoDecimals, 7),
        },
        new Finding("BM-SHEET-PERIOD", Severity.Warning, FindingKind.Mismatch, "实施期 94,500 元 but 年度 88,500 元.", new FindingLocation(Project: "业务经费"))
        {
            Expected = 94500m,
            Actual = 88500m,
            Unit = "元",
        },
    ]);

    [Fact]
    public void A_report_is_written_in_the_documented_shape()
    {
        var root = JsonNode.Parse(ReportJson.Write(SeedReport()))!;
        Assert.Equal("1.0", (string?)root["formatVersion"]);
        var drift = root["findings"]![0]!;
        Assert.Equal("info", (string?)drift["severity"]);
        Assert.Equal("roundingDrift", (string?)drift["kind"]);
        Assert.Equal("generalBudgetExpenditure", (string?)drift["table"]);
        Assert.Equal("total", (string?)drift["column"]);
        Assert.Equal("-0.01", drift["difference"]!.ToJsonString());
        Assert.Equal("350", drift["bound"]!["yuan"]!.ToJsonString()); // 7 figures × 50 元
        Assert.Equal("[160,161]", drift["lines"]!.ToJsonString());
        var sheet = root["findings"]![1]!;
        Assert.Equal("业务经费", (string?)sheet["project"]);
        Assert.Null(sheet["table"]);
        Assert.Null(sheet["bound"]);
        Assert.Equal("""{"errors":0,"warnings":1,"infos":1}""", root["summary"]!.ToJsonString());
    }

    [Fact]
    public void A_report_reads_back_with_its_counts()
    {
        var back = ReportJson.Read(ReportJson.Write(SeedReport()));
        Assert.Equal(2, back.Findings.Count);
        Assert.Equal(1, back.Warnings);
        Assert.Equal(1, back.Infos);
        Assert.Equal(70_000L, back.Findings[0].Bound!.Value.HalfFen); // 350 元 in half-fen
        Assert.Equal(-0.01m, back.Findings[0].Difference);
    }

    [Fact]
    public void A_stated_difference_must_be_actual_minus_expected()
    {
        var json = ReportJson.Write(SeedReport()).Replace("\"difference\":-0.01", "\"difference\":0.01", StringComparison.Ordinal);
        var e = Assert.Throws<DisclosureJsonException>(() => ReportJson.Read(json));
        Assert.Equal("$.findings[0].difference", e.Path);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("-50")]
    public void A_bound_that_is_not_whole_half_fen_is_refused(string yuan)
    {
        var json = ReportJson.Write(SeedReport()).Replace("\"yuan\":350", "\"yuan\":" + yuan, StringComparison.Ordinal);
        var e = Assert.Throws<DisclosureJsonException>(() => ReportJson.Read(json));
        Assert.Equal("$.findings[0].bound.yuan", e.Path);
    }
}
