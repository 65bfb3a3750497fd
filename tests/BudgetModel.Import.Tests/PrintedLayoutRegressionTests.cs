using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Import.Tests.Pdf;
using BudgetModel.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;

namespace BudgetModel.Import.Tests;

/// <summary>Reader bugs the print/read-back properties (<see cref="PrintReadBackProperties"/>) found, each pinned on a
/// printed disclosure in the smallest layout that showed it.</summary>
public class PrintedLayoutRegressionTests
{
    private static BudgetDisclosure InYuan(ulong seed) => DisclosureGenerators.ConsistentInYuan(4).Generator.Sample(5, new Rnd(seed, 7), 1)[0];

    /// <summary>The first generated disclosure (samples of <paramref name="generator"/> drawn with seeds 1, 2, …) that
    /// <paramref name="what"/> holds for: a case fixed by what it is, not by a seed whose meaning changes with the
    /// generators.</summary>
    private static BudgetDisclosure First(Gen<BudgetDisclosure> generator, Func<BudgetDisclosure, bool> what)
    {
        for (ulong seed = 1; seed <= 500; seed++)
        {
            var d = generator.Sample(10, new Rnd(seed, 7), 1)[0];
            if (what(d))
            {
                return d;
            }
        }
        throw new InvalidOperationException("No generated disclosure of the kind wanted in 500 samples.");
    }

    /// <summary>True when a table of <paramref name="kind"/> has a function code the 2024 catalog does not know (only its
    /// printed code identifies the row).</summary>
    private static bool HasUncataloguedCode(BudgetDisclosure d, TableKind kind) =>
        d[kind]?.Rows.OfType<FunctionRow>().Any(r => !ClassificationCatalog.Edition2024.TryGetName(r.Code, out _)) == true;

    private static ImportResult Read(PrintedDisclosure printed)
    {
        using var stream = new MemoryStream(printed.Pdf);
        return DisclosureImporter.Import(stream);
    }

    [Fact]
    public void A_unit_line_that_recurs_near_the_top_of_each_table_page_is_the_tables_unit_not_a_running_header()
    {
        // The plain layout puts 单位：元 alone, right-aligned, just under each title, in the top eighth of the page, on
        // every table's first page: the running-line detection used to drop it as page furniture, and the tables were
        // read as 万元 (each amount 10,000 times too large).
        var printed = DisclosurePrinter.Print(InYuan(1), PrintLayout.Plain, TestFont.Font);
        var result = Read(printed);
        Assert.True(printed.Printed.Tables.Count >= 7);
        Assert.All(printed.Printed.Tables, t => Assert.Equal(PublishedPrecision.YuanTwoDecimals, result.Disclosure[t.Kind]?.Precision));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.TableUnit);
        Assert.Empty(printed.TableDifferences(result.Disclosure));
    }

    [Fact]
    public void A_department_label_beside_the_unit_is_the_tables_unit_name_line_not_a_header_row()
    {
        // Suzhou prints 部门：苏州市审计局 at the left and 单位：万元 at the right over each table. 部门： was not a unit-name
        // label, so the line joined the header rows and the 类 | 款 | 项 columns under it were not found: each row with a
        // code the catalog does not know (其他20585支出 under 205 | 85) was looked up by name and lost with its amounts.
        var disclosure = First(DisclosureGenerators.Consistent(4).Generator, d => HasUncataloguedCode(d, TableKind.ExpenditureSummary));
        var layout = PrintLayout.Plain with { Codes = CodePrinting.Split, UnitLine = UnitLineStyle.DepartmentLabel };
        var printed = DisclosurePrinter.Print(disclosure, layout, TestFont.Font);
        var result = Read(printed);
        Assert.Empty(printed.TableDifferences(result.Disclosure));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.Row);
        Assert.Equal(disclosure.Unit.Name, result.Disclosure[TableKind.ExpenditureSummary]?.Header.UnitName);
    }

    [Fact]
    public void A_title_with_what_it_is_by_and_its_number_in_brackets_after_it_is_a_title()
    {
        // Xi'an's wording (部门综合预算一般公共预算支出明细表（按支出功能分类科目）) with Changchun's number after the title
        // (（预算表5）): two bracketed groups after 表. A title was allowed one, so 表5 and 表6 were not titles and their rows
        // ran on into the table before.
        var disclosure = First(DisclosureGenerators.Consistent(4).Generator,
            d => d[TableKind.GeneralBudgetExpenditure] is not null && d[TableKind.GeneralBudgetBasicExpenditure] is not null);
        var layout = PrintLayout.Plain with { Numbering = TitleNumbering.BracketedSuffix, Wording = TitleWording.Comprehensive };
        var printed = DisclosurePrinter.Print(disclosure, layout, TestFont.Font);
        var result = Read(printed);
        Assert.Contains(printed.Document.Blocks.OfType<TableBlock>(), t => t.Title?.EndsWith("（按支出功能分类科目）（预算表5）", StringComparison.Ordinal) == true);
        Assert.Empty(printed.TableDifferences(result.Disclosure));
    }

    [Fact]
    public void A_units_name_run_together_with_the_unit_label_gives_both()
    {
        // An empty table printed without codes is narrow (its 项目 column holds no name), so over it 编制单位：<a name of ten
        // or more characters> at the left and 金额单位：元 at the right come within a character of each other and are read as
        // one cell, 编制单位：方山县市场监督管理局金额单位：元. The whole cell was taken for the unit's name and the table's unit
        // was lost: the empty 政府性基金预算支出表 was read in 万元 (BM-IMPORT-TABLE-UNIT).
        var disclosure = First(DisclosureGenerators.ConsistentInCatalog(4, exactYuan: true).Generator,
            d => d[TableKind.GovernmentFundExpenditure] is { IsPrintedEmpty: true } && d.Unit.Name.Length >= 10);
        var layout = PrintLayout.Plain with { Codes = CodePrinting.NamesWithOrdinals, UnitLine = UnitLineStyle.CompiledBy };
        var printed = DisclosurePrinter.Print(disclosure, layout, TestFont.Font);
        var result = Read(printed);
        var fund = result.Disclosure[TableKind.GovernmentFundExpenditure];
        Assert.Equal(PublishedPrecision.YuanTwoDecimals, fund?.Precision);
        Assert.Equal(disclosure.Unit.Name, fund?.Header.UnitName);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.TableUnit);
        Assert.Empty(printed.TableDifferences(result.Disclosure));
    }

    [Fact]
    public void Rows_under_a_header_repeated_on_a_new_page_with_its_columns_elsewhere_are_read_through_that_header()
    {
        // Names without codes, horizontal rules only: on the first page the name column holds 合计 and 一、城乡社区支出,
        // both left of the centred label 项目, so the page is laid out with a column of names and a column of its own for
        // 项目; on the next page the header is printed again over long names that run under 项目, and the page is laid
        // out with one column there. The rows of the second page were read through the first page's columns: the name
        // taken from the 合计 column (15.78) and both rows lost (found by the print/read-back law on 政府性基金预算支出表).
        TableColumnLayout name = new(200, CellAlign.Left), amount = new(60, CellAlign.Right);
        HeaderCell[] header = [new("项目"), new("合计"), new("基本支出"), new("项目支出")];
        var first = new TableBlock("政府性基金预算支出表", [name, amount, amount, amount], [header],
            [["合计", "15.78", "0.00", "15.78"], ["一、城乡社区支出", "15.78", "0.00", "15.78"]])
        { UnitLabel = "单位：万元", Ruling = Ruling.HorizontalOnly };
        var next = new TableBlock(null, [name, amount, amount, amount], [header],
            [["（一）国有土地使用权出让收入安排的支出", "15.78", "0.00", "15.78"], ["1.支付破产或改制企业职工安置费", "15.78", "0.00", "15.78"]])
        { Ruling = Ruling.HorizontalOnly };
        var blocks = new List<LayoutBlock> { new CoverLine("某某市测试局"), new CoverLine("2024年部门预算"), first, next };
        var result = GeneratedDocument.Import(blocks);
        var table = result.Disclosure[TableKind.GovernmentFundExpenditure];
        Assert.NotNull(table);
        Assert.Equal(["212", "21208", "2120809"], table.Rows.OfType<FunctionRow>().Select(r => r.Code.Value));
        Assert.All(table.Rows.OfType<FunctionRow>(), r => Assert.Equal(15.78m, r.Total.Wan));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.Row);
    }

    [Fact]
    public void A_tables_合计_alone_at_the_foot_of_a_page_under_its_header_is_a_table_row()
    {
        // Horizontal rules only, the table flowing on: 政府性基金预算支出表 begins at the foot of a page with its header
        // (科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出) and one row, 合计 21.13 | 0.00 | 21.13; its other rows follow on the
        // next page. One figure line was not a table: 合计 was laid out as a line of its own, its three amounts in the
        // wrong columns (read as 基本支出 21.13).
        TableColumnLayout code = new(70, CellAlign.Left), name = new(150, CellAlign.Left), amount = new(60, CellAlign.Right);
        HeaderCell[] header = [new("科目编码"), new("科目名称"), new("合计"), new("基本支出"), new("项目支出")];
        var first = new TableBlock("政府性基金预算支出表", [code, name, amount, amount, amount], [header],
            [["合计", "", "21.13", "0.00", "21.13"]])
        { UnitLabel = "单位：万元", Ruling = Ruling.HorizontalOnly };
        var next = new TableBlock(null, [code, name, amount, amount, amount], [header],
            [["201", "一般公共服务支出", "21.13", "0.00", "21.13"], ["20140", "信访事务", "21.13", "0.00", "21.13"], ["2014001", "行政运行", "21.13", "0.00", "21.13"]])
        { Ruling = Ruling.HorizontalOnly };
        var blocks = new List<LayoutBlock> { new CoverLine("某某市测试局"), new CoverLine("2024年部门预算"), first, next };
        var result = GeneratedDocument.Import(blocks);
        var table = result.Disclosure[TableKind.GovernmentFundExpenditure];
        Assert.NotNull(table);
        var total = Assert.Single(table.Rows, r => r.Role == RowRole.Total);
        Assert.Equal(21.13m, total.Total.Wan);
        Assert.Equal(21.13m, total.GetOrZero(TableColumn.Project).Wan);
        Assert.Equal(0m, total.GetOrZero(TableColumn.Basic).Wan);
        Assert.Equal(["201", "20140", "2014001"], table.Rows.OfType<FunctionRow>().Select(r => r.Code.Value));
    }

    [Fact]
    public void A_label_centred_over_names_too_short_to_reach_under_it_heads_their_column()
    {
        // Split codes, horizontal rules only: a page holds only the table's 合计 under 类 | 款 | 项 | 科目名称 | 合计 | 基本支出
        // | 项目支出. 合计 stands at the left of the name column, short of the centred label 科目名称, which was given a column of
        // its own (empty in every row): the page had one column more than the next, where the rows run on without a
        // header, and every amount there was read one column to the right.
        TableColumnLayout part = new(26, CellAlign.Left), name = new(150, CellAlign.Left), amount = new(60, CellAlign.Right);
        TableColumnLayout[] columns = [part, part, part, name, amount, amount, amount];
        HeaderCell[] header = [new("类"), new("款"), new("项"), new("科目名称"), new("合计"), new("基本支出"), new("项目支出")];
        var first = new TableBlock("政府性基金预算支出表", columns, [header], [["", "", "", "合计", "3.86", "0.00", "3.86"]])
        { UnitLabel = "单位：万元", Ruling = Ruling.HorizontalOnly };
        var next = new TableBlock(null, columns, [],
            [["215", "", "", "资源勘探工业信息等支出", "3.86", "0.00", "3.86"], ["215", "07", "", "国有资产监管", "3.86", "0.00", "3.86"],
             ["215", "07", "99", "其他国有资产监管支出", "3.86", "0.00", "3.86"]])
        { Ruling = Ruling.HorizontalOnly };
        var blocks = new List<LayoutBlock> { new CoverLine("某某市测试局"), new CoverLine("2024年部门预算"), first, next };
        var result = GeneratedDocument.Import(blocks);
        var table = result.Disclosure[TableKind.GovernmentFundExpenditure];
        Assert.NotNull(table);
        Assert.Equal(["215", "21507", "2150799"], table.Rows.OfType<FunctionRow>().Select(r => r.Code.Value));
        Assert.All(table.Rows, r => Assert.Equal(3.86m, r.GetOrZero(TableColumn.Project).Wan));
        Assert.All(table.Rows, r => Assert.Equal(0m, r.GetOrZero(TableColumn.Basic).Wan));
    }

    [Fact]
    public void Rows_that_go_on_without_a_header_on_a_new_page_are_read_through_the_columns_of_the_page_before()
    {
        // No rules, the header not repeated: a page ends with the header of 一般公共预算支出表 and its 合计 (no 基本支出:
        // its cell is blank), the other rows follow on the next page, all of them 项目支出 only. Laid out by their own
        // columns, the rows of the second page had four (科目编码, 科目名称, 合计 and one more for the project amounts),
        // and 项目支出 was read as 基本支出 (found by the print/read-back tables law).
        TableColumnLayout code = new(70, CellAlign.Left), name = new(150, CellAlign.Left), amount = new(60, CellAlign.Right);
        TableColumnLayout[] columns = [code, name, amount, amount, amount];
        HeaderCell[] header = [new("科目编码"), new("科目名称"), new("合计"), new("基本支出"), new("项目支出")];
        var first = new TableBlock("一般公共预算支出表", columns, [header], [["合计", "", "16.13", "", "16.13"]])
        { UnitLabel = "单位：万元", Ruling = Ruling.None, RepeatHeader = false };
        var next = new TableBlock(null, columns, [],
            [["201", "一般公共服务支出", "16.13", "", "16.13"], ["20101", "人大事务", "16.13", "", "16.13"], ["2010101", "行政运行", "16.13", "", "16.13"]])
        { Ruling = Ruling.None, RepeatHeader = false };
        var result = GeneratedDocument.Import([.. GeneratedDocument.Cover("某某市测试局", 2024), first, next]);
        var table = result.Disclosure[TableKind.GeneralBudgetExpenditure];
        Assert.NotNull(table);
        Assert.Equal(["201", "20101", "2010101"], table.Rows.OfType<FunctionRow>().Select(r => r.Code.Value));
        Assert.Equal(4, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal(16.13m, r.GetOrZero(TableColumn.Project).Wan));
        Assert.All(table.Rows, r => Assert.Equal(0m, r.GetOrZero(TableColumn.Basic).Wan));
    }

    [Fact]
    public void A_title_numbered_with_a_dotted_number_under_a_table_without_rules_is_a_title_not_a_row()
    {
        // Tables flowing on one page, no rules: 6. 一般公共预算基本支出表 follows the last row of 一般公共预算支出表. The number
        // 6. is a word of its own and looks like a figure, so the title was taken for a row of the table above: its words
        // merged the amount columns (合计 and 基本支出 read as one cell) and the title was lost with its table (found by
        // the print/read-back report law).
        TableColumnLayout code = new(70, CellAlign.Left), name = new(150, CellAlign.Left), amount = new(70, CellAlign.Right);
        TableColumnLayout[] columns = [code, name, amount, amount, amount];
        var expenditure = new TableBlock("5. 一般公共预算支出表", columns,
            [[new("科目编码"), new("科目名称"), new("合计"), new("基本支出"), new("项目支出")]],
            [["合计", "", "199,724.70", "32,444.30", "167,280.40"], ["201", "一般公共服务支出", "199,724.70", "32,444.30", "167,280.40"],
             ["20108", "审计事务", "199,724.70", "32,444.30", "167,280.40"], ["2010850", "事业运行", "199,724.70", "32,444.30", "167,280.40"]])
        { UnitLabel = "单位：元", Ruling = Ruling.None };
        var basic = new TableBlock("6. 一般公共预算基本支出表", columns,
            [[new("科目编码"), new("科目名称"), new("合计"), new("人员经费"), new("公用经费")]],
            [["合计", "", "32,444.30", "32,444.30", "0.00"], ["301", "工资福利支出", "32,444.30", "32,444.30", "0.00"],
             ["30101", "基本工资", "32,444.30", "32,444.30", "0.00"]])
        { UnitLabel = "单位：元", Ruling = Ruling.None, NewPage = false };
        var result = GeneratedDocument.Import([.. GeneratedDocument.Cover("某某市测试局", 2024), expenditure, basic]);
        var table = result.Disclosure[TableKind.GeneralBudgetExpenditure];
        Assert.NotNull(table);
        Assert.Equal(4, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal(3_244_430m, r.GetOrZero(TableColumn.Basic).TotalFen));
        Assert.All(table.Rows, r => Assert.Equal(16_728_040m, r.GetOrZero(TableColumn.Project).TotalFen));
        var basicTable = result.Disclosure[TableKind.GeneralBudgetBasicExpenditure];
        Assert.NotNull(basicTable);
        Assert.Equal(3, basicTable.Rows.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.Row);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Tables_numbered_表_space_n_flowing_without_a_grid_are_read_back_whole(ulong seed)
    {
        // The layout the print/read-back report law shrank to: 表 6 on its own line (表 and 6 two words), tables flowing
        // on a page with horizontal rules only. The 6 of 表 6 looked like a figure: the number line was read as a row of
        // the table above (6) and of the table below (表), BM-IMPORT-ROW twice.
        var layout = PrintLayout.Plain with { Numbering = TitleNumbering.SpacedArabicLine, Ruling = Ruling.HorizontalOnly, FlowTables = true };
        var printed = DisclosurePrinter.Print(InYuan(seed), layout, TestFont.Font);
        var result = Read(printed);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == ImportRules.Row);
        Assert.Empty(printed.TableDifferences(result.Disclosure));
    }

    [Fact]
    public void A_ruled_tables_last_row_alone_at_the_top_of_the_next_page_without_its_top_rule_is_a_table_row()
    {
        // A grid, the header not repeated: the last row of 一般公共预算支出表 (2010101 行政运行) is alone at the top of the next
        // page, drawn as the rows above it were (its cell sides and the rule under it; the rule over it ended the page
        // before), and the next table follows. One rule was not a frame: the row was read as free text with the next
        // table's title, by their own columns (名称 and amount in one cell), and its 基本支出 was lost (found by the
        // print/read-back tables law).
        TableColumnLayout code = new(70, CellAlign.Left), name = new(150, CellAlign.Left), amount = new(60, CellAlign.Right);
        TableColumnLayout[] columns = [code, name, amount, amount, amount];
        HeaderCell[] header = [new("科目编码"), new("科目名称"), new("合计"), new("基本支出"), new("项目支出")];
        var first = new TableBlock("一般公共预算支出表", columns, [header],
            [["合计", "", "31.70", "31.70", ""], ["201", "一般公共服务支出", "31.70", "31.70", ""], ["20101", "人大事务", "31.70", "31.70", ""]])
        { UnitLabel = "单位：万元", RepeatHeader = false };
        var last = new TableBlock(null, columns, [], [["2010101", "行政运行", "31.70", "31.70", ""]]) { RepeatHeader = false };
        var fund = new TableBlock("7. 政府性基金预算支出表", columns, [header], [["合计", "", "5.00", "", "5.00"], ["212", "城乡社区支出", "5.00", "", "5.00"]])
        { UnitLabel = "单位：万元", NewPage = false };
        var rendered = LayoutRenderer.Render(new DocumentLayout([.. GeneratedDocument.Cover("某某市测试局", 2024), first, last, fund]), TestFont.Font);
        Assert.Equal(rendered.Tables[1].FirstPage, rendered.Tables[2].FirstPage);
        var result = DisclosureImporter.Import(new MemoryStream(rendered.Bytes));
        var table = result.Disclosure[TableKind.GeneralBudgetExpenditure];
        Assert.NotNull(table);
        Assert.Equal(["201", "20101", "2010101"], table.Rows.OfType<FunctionRow>().Select(r => r.Code.Value));
        Assert.All(table.Rows, r => Assert.Equal(31.70m, r.GetOrZero(TableColumn.Basic).Wan));
        Assert.Equal(["212"], result.Disclosure[TableKind.GovernmentFundExpenditure]?.Rows.OfType<FunctionRow>().Select(r => r.Code.Value));
    }

    [Fact]
    public void The_second_half_of_a_name_wrapped_in_a_tables_last_row_at_the_foot_of_a_page_is_the_rows()
    {
        // No rules: the last row of 部门收入总表 (2230105 国有企业退休人员社会化管理补助支出) wraps its name in a narrow column, the
        // first half above the row's figures, the second (出) below them, the last line of the page. A short line last on
        // a page was never taken into a table, so 出 was read as a line of text and the name as 国有企业退休人员社会化管理补助支
        // (BM-CODE-NAME-SPELLING; found by the print/read-back report law).
        TableColumnLayout code = new(60, CellAlign.Left), name = new(150, CellAlign.Left), amount = new(70, CellAlign.Right);
        TableColumnLayout[] columns = [code, name, amount, amount, amount];
        var revenue = new TableBlock("部门收入总表", columns,
            [[new("科目编码"), new("科目名称"), new("合计"), new("一般公共预算"), new("上年结转")]],
            [["合计", "", "18,696,448.24", "18,617,818.34", "78,629.90"], ["223", "国有资本经营预算支出", "18,696,448.24", "18,617,818.34", "78,629.90"],
             ["22301", "解决历史遗留问题及改革成本支出", "18,696,448.24", "18,617,818.34", "78,629.90"],
             ["2230105", "国有企业退休人员社会化管理补助支出", "18,696,448.24", "18,617,818.34", "78,629.90"]])
        { UnitLabel = "单位：元", Ruling = Ruling.None };
        var result = GeneratedDocument.Import([.. GeneratedDocument.Cover("某某市测试局", 2024), revenue]);
        var table = result.Disclosure[TableKind.RevenueSummary];
        Assert.NotNull(table);
        var rows = table.Rows.OfType<FunctionRow>().ToList();
        Assert.Equal(["223", "22301", "2230105"], rows.Select(r => r.Code.Value));
        Assert.Equal("国有企业退休人员社会化管理补助支出", rows[^1].Name);
        Assert.Equal(1_861_781_834m, rows[^1].GetOrZero(TableColumn.GeneralBudget).TotalFen);
    }
}
