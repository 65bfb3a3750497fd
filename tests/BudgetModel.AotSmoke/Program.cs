// Native AOT smoke test: builds a small disclosure (an excerpt of the seed's table 3), validates it, imports the
// embedded sample, validates it, round-trips it through DisclosureJson and ReportJson (source-generated, no
// reflection), and prints one line. Exit code 0 when everything holds, 1 otherwise.
using BudgetModel;
using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Import;
using BudgetModel.Serialization;
using BudgetModel.Validation;

var problems = new List<string>();

var table = new TableBuilder(TableKind.ExpenditureSummary)      // 万元: 合计 / 基本支出 / 项目支出
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

var disclosure = new DisclosureBuilder("汾阳市工业和信息化局", 2024).AddTable(table).Build();

var expenditure = disclosure.ExpenditureSummary;
if (expenditure?.TotalRow is null)
{
    problems.Add("table 3 or its 合计 row is missing");
}
else
{
    var classes = expenditure.FunctionRows.Where(r => r.Code.Level == FunctionLevel.Class).Sum(r => r.Total);
    if (classes != expenditure.TotalRow.Total || expenditure.TotalRow.Total != Money.FromWan(55.84m))
    {
        problems.Add($"table 3 total {expenditure.TotalRow.Total} against classes {classes}");
    }
}

var report = DisclosureValidator.Validate(disclosure);
if (report.Findings.Count != report.Errors + report.Warnings + report.Infos)
{
    problems.Add($"report counts do not add up: {report}");
}

var sample = SampleDisclosures.FenyangIndustryBureau2024;
var seed = DisclosureImporter.Import(sample).Disclosure;
if (seed.Unit.Name != "汾阳市工业和信息化局" || seed.Tables.Count != 13 || seed.ProjectSheets.Count != 21)
{
    problems.Add($"the sample imports as {seed}");
}
var seedReport = DisclosureValidator.Validate(seed);
if (seedReport.Errors != 2)
{
    problems.Add($"the sample's report has {seedReport.Errors} errors, not 2");
}
var json = DisclosureJson.WriteToUtf8Bytes(seed);
if (!DisclosureJson.WriteToUtf8Bytes(DisclosureJson.Read(json)).AsSpan().SequenceEqual(json))
{
    problems.Add("DisclosureJson write → read → write is not byte-identical");
}
var reportJson = ReportJson.Write(seedReport);
if (ReportJson.Write(ReportJson.Read(reportJson)) != reportJson)
{
    problems.Add("ReportJson write → read → write is not identical");
}

foreach (var problem in problems)
{
    Console.Error.WriteLine("aot-smoke: " + problem);
}
Console.WriteLine($"aot-smoke: {disclosure}; validation report: {report.Findings.Count} findings ({report}); sample: {seedReport}, JSON {json.Length} bytes; {(problems.Count == 0 ? "ok" : "FAILED")}");
return problems.Count == 0 ? 0 : 1;
