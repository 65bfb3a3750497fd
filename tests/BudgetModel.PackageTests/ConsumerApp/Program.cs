// Uses the packed BudgetModel and BudgetModel.Import the way a user does. Prints what it checked and exits 1 when
// anything is off. Run by .ci/steps/package.sh.
using BudgetModel;
using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Import;
using BudgetModel.Serialization;
using BudgetModel.Validation;

var problems = new List<string>();
void Expect(bool condition, string what)
{
    if (!condition)
    {
        problems.Add(what);
    }
}

// 1. The embedded seed sample ships inside BudgetModel.Import.
var sample = SampleDisclosures.FenyangIndustryBureau2024;
Expect(sample.Contains("汾阳市工业和信息化局", StringComparison.Ordinal), "the embedded sample names its unit");
Expect(sample.Contains("2024年预算支出总表", StringComparison.Ordinal), "the embedded sample has table 3");

// The sample imports whole, and the validator finds the seed's two genuine errors (业务经费's cost indicators above its
// 年度资金总额; the prose's 特定目标类 total 6,255.45 against 6,225.45 万元).
var imported = DisclosureImporter.Import(sample);
var seed = imported.Disclosure;
Expect(seed.Unit.Name == "汾阳市工业和信息化局" && seed.BudgetYear == 2024, "the seed imports with its unit and year");
Expect(seed.Tables.Count == 13 && seed.ProjectSheets.Count == 21 && seed.OverallSheet is not null, "the seed imports whole: 13 tables, 21 project sheets, the overall sheet");
var seedReport = DisclosureValidator.Validate(seed);
Expect(seedReport.Errors == 2, $"the seed's 2 genuine errors are found (found {seedReport.Errors})");

// JSON: write → read → write is byte-identical, for the seed and its validation report.
var seedJson = DisclosureJson.WriteToUtf8Bytes(seed);
var seedAgain = DisclosureJson.Read(seedJson);
Expect(DisclosureJson.WriteToUtf8Bytes(seedAgain).AsSpan().SequenceEqual(seedJson), "DisclosureJson write → read → write is byte-identical");
Expect(seedAgain.Cells().SequenceEqual(seed.Cells()), "DisclosureJson keeps every cell of the seed");
var reportJson = ReportJson.Write(seedReport);
Expect(ReportJson.Write(ReportJson.Read(reportJson)) == reportJson, "ReportJson write → read → write is identical");

// 2. A disclosure built by hand: an excerpt of the seed's table 3 (预算支出总表, 万元), consistent by construction.
var table3 = new TableBuilder(TableKind.ExpenditureSummary)      // 合计 / 基本支出 / 项目支出
    .Total(55.84m, 52.84m, 3.00m)
    .Function("201", "一般公共服务支出", 3.00m, 0m, 3.00m)
    .Function("20113", "商贸事务", 3.00m, 0m, 3.00m)
    .Function("2011399", "其他商贸事务支出", 3.00m, 0m, 3.00m)
    .Function("208", "社会保障和就业支出", 52.84m, 52.84m, 0m)
    .Function("20805", "行政事业单位养老支出", 52.84m, 52.84m, 0m)
    .Function("2080501", "行政单位离退休", 17.14m, 17.14m, 0m)
    .Function("2080505", "机关事业单位基本养老保险缴费支出", 23.80m, 23.80m, 0m)
    .Function("2080506", "机关事业单位职业年金缴费支出", 11.90m, 11.90m, 0m)
    .Build();
var disclosure = new DisclosureBuilder("汾阳市工业和信息化局", 2024)
    .WithUnit(u => u with { Code = "209001" })
    .AddTable(table3)
    .Build();

var expenditure = disclosure.ExpenditureSummary;
var total = expenditure?.TotalRow;
Expect(expenditure is not null && total is not null, "table 3 and its 合计 row are there");
if (expenditure is not null && total is not null)
{
    var classes = expenditure.FunctionRows.Where(r => r.Code.Level == FunctionLevel.Class).ToList();
    Expect(total.Total == Money.FromYuan(558_400m), "合计 55.84 万元 is 558,400 元");
    Expect(classes.Sum(r => r.Total) == total.Total, "the classes add up to 合计");
    Expect($"{total.Total:WU2}" == "55.84万元", "合计 formats as 55.84万元");
    Expect(classes.Sum(r => r[TableColumn.Basic]) == total[TableColumn.Basic], "基本支出 adds up");

    // Immutability: WithCell returns a changed copy and leaves the original alone.
    var cell = disclosure.Cells().First(c => c.Location.RowKey == "201" && c.Location.Column == TableColumn.Total);
    var changed = disclosure.WithCell(cell.Location, cell.Amount + Money.FromWan(1m));
    Expect(changed.ExpenditureSummary!.FunctionRows[0].Total == Money.FromWan(4.00m), "WithCell changes the copy");
    Expect(expenditure.FunctionRows[0].Total == Money.FromWan(3.00m), "WithCell leaves the original alone");
}

// 3. Validation: the report is consistent, and the strict path agrees with it.
var report = DisclosureValidator.Validate(disclosure);
Expect(report.Findings.Count == report.Errors + report.Warnings + report.Infos, "the report's counts add up");
bool threw;
try
{
    DisclosureValidator.EnsureValid(disclosure);
    threw = false;
}
catch (DisclosureValidationException e)
{
    threw = true;
    Expect(e.Report.Errors == report.Errors, "the exception carries the report");
}
Expect(threw == report.HasErrors, "EnsureValid throws exactly when the report has errors");

// 4. The hand-built disclosure round-trips through JSON too.
var json = DisclosureJson.Write(disclosure, new DisclosureJsonOptions { Indented = true });
var back = DisclosureJson.Read(json);
Expect(back.Cells().SequenceEqual(disclosure.Cells()), "JSON round trip keeps every cell");
Expect(DisclosureJson.Write(back, new DisclosureJsonOptions { Indented = true }) == json, "indented JSON round trip is identical");

foreach (var problem in problems)
{
    Console.Error.WriteLine("consumer: NOT OK: " + problem);
}
Console.WriteLine($"consumer: {disclosure}; validation: {report}; seed: {seedReport}; JSON {seedJson.Length} bytes; {(problems.Count == 0 ? "all checks hold" : problems.Count + " checks failed")}");
return problems.Count == 0 ? 0 : 1;
