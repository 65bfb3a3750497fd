using BudgetModel.Disclosure;

namespace BudgetModel.Validation.Rules;

/// <summary>Completeness and the reviewers' checks: required tables and sections, empty-table notes, the unit's name.</summary>
internal static class CompletenessRules
{
    /// <summary>Sections 财预〔2016〕143号 requires of every disclosure (their absence is an error); the others are
    /// provincial practice (a warning).</summary>
    private static readonly DisclosureSection[] RequiredSections =
        [DisclosureSection.Overview, DisclosureSection.Tables, DisclosureSection.Explanation, DisclosureSection.Performance];

    private static readonly DisclosureSection[] ExpectedSections =
        [DisclosureSection.ThreePublicExplanation, DisclosureSection.Procurement, DisclosureSection.Assets, DisclosureSection.Glossary];

    internal static IEnumerable<IDisclosureRule> Create()
    {
        yield return new Rule("BM-REQUIRED-TABLE", "Every table 财预〔2016〕143号 requires is published", "公开规定要求的报表齐全", RequiredTables);
        yield return new Rule("BM-REQUIRED-SECTION", "Every section of a disclosure is present (概况, 情况说明, 绩效 …)", "公开内容齐全", Sections);
        yield return new Rule("BM-EMPTY-NOTE", "A table printed empty carries a note; a note saying empty stands over no figures", "空表须说明，有数据的表不得标注空表", EmptyNotes);
        yield return new Rule("BM-TABLE-UNRECOGNISED", "A table the library does not know is kept as printed and reported (not checked)", "无法识别的报表已保留，未校验", Unrecognised);
        yield return new Rule("BM-UNIT-NAME", "The unit's name is the same on the cover, in table headers, in the prose and on the sheets", "单位名称前后一致", UnitNames);
    }

    private static void RequiredTables(ValidationContext c)
    {
        foreach (var kind in TableKinds.Required)
        {
            if (!c.Disclosure.Has(kind) && !ShownByAnother(c.Disclosure, kind))
            {
                c.Report(Severity.Error, FindingKind.Missing, At.Table(kind),
                    $"The disclosure has no {kind.ChineseName()}, which 财预〔2016〕143号 requires (publish it, empty with a note, if there is nothing to show).");
            }
        }
    }

    /// <summary>Whether another table the disclosure prints shows what a required kind shows: 一般公共预算基本支出 by
    /// economic class is the 基本支出 column of a table of 一般公共预算 expenditure by economic class (Shenzhen's 表8
    /// 一般公共预算支出表（按经济分类）: 支出总计 | 基本支出 | 项目支出), when that table prints it.</summary>
    private static bool ShownByAnother(BudgetDisclosure d, TableKind kind) =>
        kind == TableKind.GeneralBudgetBasicExpenditure
        && d[TableKind.GeneralBudgetExpenditureByEconomic] is { } byEconomic
        && byEconomic.Rows.Any(r => r.Columns.Contains(TableColumn.Basic));

    private static void Sections(ValidationContext c)
    {
        foreach (var section in RequiredSections)
        {
            if (!c.Disclosure.Sections.Contains(section))
            {
                c.Report(Severity.Error, FindingKind.Missing, FindingLocation.Document, $"The disclosure has no {Label(section)} section, which the Ministry's rules require.");
            }
        }
        foreach (var section in ExpectedSections)
        {
            if (!c.Disclosure.Sections.Contains(section))
            {
                c.Report(Severity.Warning, FindingKind.Missing, FindingLocation.Document, $"The disclosure has no {Label(section)} section.");
            }
        }
    }

    internal static string Label(DisclosureSection section) => section switch
    {
        DisclosureSection.Overview => "概况",
        DisclosureSection.Tables => "预算报表",
        DisclosureSection.Explanation => "情况说明",
        DisclosureSection.Procurement => "政府采购情况",
        DisclosureSection.Assets => "国有资产占有使用情况",
        DisclosureSection.Performance => "绩效目标",
        DisclosureSection.Glossary => "名词解释",
        DisclosureSection.ThreePublicExplanation => "“三公”经费说明",
        _ => section.ToString(),
    };

    /// <summary>True for a total row's label (合计, 总计, 部门合计) rather than a unit's name.</summary>
    private static bool IsTableTotal(string name)
    {
        var n = name.Trim();
        return n.EndsWith("合计", StringComparison.Ordinal) && n.Length <= 4 || n.EndsWith("总计", StringComparison.Ordinal) && n.Length <= 4;
    }

    private static void EmptyNotes(ValidationContext c)
    {
        foreach (var table in c.Disclosure.Tables)
        {
            var where = At.Table(table.Kind) with { Lines = table.Header.Line is { } l ? [l] : [] };
            bool note = !string.IsNullOrWhiteSpace(table.Header.EmptyNote);
            if (table.IsPrintedEmpty && !note)
            {
                c.Report(Severity.Warning, FindingKind.Missing, where, $"{table.Kind.ChineseName()} is printed empty without a note saying why (本表为空表 / 无此项预算).");
            }
            else if (!table.IsPrintedEmpty && note)
            {
                c.Report(Severity.Error, FindingKind.Mismatch, where, $"{table.Kind.ChineseName()} carries the note '{table.Header.EmptyNote}' but has figures.");
            }
        }
    }

    /// <summary><c>BM-TABLE-UNRECOGNISED</c>: an Info (<see cref="FindingKind.Unknown"/>) per table the disclosure keeps
    /// as <see cref="OtherTable"/>, naming its number, title and size, so a reviewer knows it was read but not checked.</summary>
    private static void Unrecognised(ValidationContext c)
    {
        foreach (var table in c.Disclosure.OtherTables)
        {
            // The title's line and the first and last rows' lines: where the table starts and ends.
            int?[] lines = [table.Line, table.Rows.Count > 0 ? table.Rows[0].Line : null, table.Rows.Count > 0 ? table.Rows[^1].Line : null];
            var where = new FindingLocation(Row: table.Title) { Lines = lines.OfType<int>().Distinct().Order().ToArray() };
            string number = string.IsNullOrWhiteSpace(table.PrintedNumber) ? string.Empty : table.PrintedNumber + " ";
            c.Report(Severity.Info, FindingKind.Unknown, where,
                $"The table {number}'{table.Title}' is not a kind the library knows; it is kept as printed ({table.HeaderRows.Count} header rows, {table.Rows.Count} rows) and not checked.");
        }
    }

    private static void UnitNames(ValidationContext c)
    {
        var d = c.Disclosure;
        var cover = d.Unit.Name;
        var expected = NameText.Normalize(cover);
        // True when the printed name (without a code prefix) differs from the cover's; the finding's texts are made
        // only then.
        bool Differs(string printed) => NameText.WithoutCodePrefix(printed.AsSpan()) is { Length: > 0 } name && !NameText.NormalizesTo(name, expected);
        void Report(string printed, string where, FindingLocation location) =>
            c.Report(Severity.Warning, FindingKind.Mismatch, location, $"{where} names the unit '{NameText.WithoutCodePrefix(printed)}' but the cover says '{cover}'.");
        foreach (var table in d.Tables)
        {
            if (table.Header.UnitName is { } name && Differs(name))
            {
                Report(name, $"The header of {table.Kind.ChineseName()}", At.Table(table.Kind) with { Lines = table.Header.Line is { } l ? [l] : [] });
            }
        }
        if (d.Unit.Level == DisclosureLevel.Unit)
        {
            // In a unit's own disclosure the unit rows of the project tables and the rows of 机关运行经费 name the unit.
            foreach (var table in new[] { d.ProjectExpenditureCurrent, d.ProjectExpenditureCarryOver })
            {
                if (table is null)
                {
                    continue;
                }
                foreach (var row in table.UnitRows)
                {
                    // The 合计 row of the table is one of its total rows but names no unit.
                    if (!IsTableTotal(row.Name) && Differs(row.Name))
                    {
                        Report(row.Name, $"A unit row of {table.Kind.ChineseName()}", At.Row(table, row) with { Lines = row.Line is { } l ? [l] : [] });
                    }
                }
            }
            if (d.OperatingExpenses is { } t11)
            {
                foreach (var row in t11.DetailRows)
                {
                    if (Differs(row.Name))
                    {
                        Report(row.Name, $"A row of {t11.Kind.ChineseName()}", At.Row(t11, row) with { Lines = row.Line is { } l ? [l] : [] });
                    }
                }
            }
        }
        foreach (var mention in d.Mentions)
        {
            if (mention.Kind == MentionKind.UnitName && Differs(mention.Text))
            {
                Report(mention.Text, mention.Context is { } ctx ? $"The {ctx}" : "The prose", At.Line(mention.Line));
            }
        }
        foreach (var sheet in d.ProjectSheets)
        {
            // 主管部门 may rightly be a parent department; the importer records it as a mention when it names the unit.
            if (sheet.Details.ImplementingUnit is { } unit && Differs(unit))
            {
                Report(unit, $"The sheet of '{sheet.ProjectName}' (实施单位)", At.Project(sheet.ProjectName, line: sheet.Line));
            }
        }
        if (d.OverallSheet is { } overall && Differs(overall.UnitName))
        {
            Report(overall.UnitName, "The overall performance sheet (部门名称)", At.Line(overall.Line));
        }
    }
}
