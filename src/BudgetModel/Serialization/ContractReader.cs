using System.Diagnostics.CodeAnalysis;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Serialization;

/// <summary>
/// Maps the JSON contract to the domain: checks the format version and every required property, converts amounts in
/// their table's (or sheet's) unit to exact <see cref="Money"/>, and turns every refusal of the domain into a
/// <see cref="DisclosureJsonException"/> with the JSON path. Builds nothing visible until everything has been read.
/// </summary>
internal static class ContractReader
{
    internal static BudgetDisclosure ToDisclosure(DisclosureContract? contract)
    {
        const string path = "$";
        if (contract is null)
        {
            throw Fail(path, "Expected a disclosure object, found null.");
        }
        CheckVersion(contract.FormatVersion, path);
        var unit = Unit(Required(contract.Unit, path, "unit"), path + ".unit");
        int year = Required(contract.BudgetYear, path, "budgetYear");
        if (year is < 1949 or > 2200)
        {
            throw Fail(path + ".budgetYear", $"The budget year {year} is outside 1949 to 2200.");
        }
        var builder = new DisclosureBuilder(unit.Name, year).WithUnit(_ => unit);

        var sections = new HashSet<DisclosureSection>();
        var sectionList = contract.Sections ?? [];
        for (int i = 0; i < sectionList.Count; i++)
        {
            if (!sections.Add(sectionList[i]))
            {
                throw Fail($"{path}.sections[{i}]", $"The section {Name(sectionList[i])} is listed twice.");
            }
        }
        builder.WithSections([.. sectionList]);

        var tables = contract.Tables ?? [];
        for (int i = 0; i < tables.Count; i++)
        {
            var at = new ElementPath(path, "tables", i);
            var table = Table(NotNull(tables[i], at), at);
            if (builder.HasTable(table.Kind))
            {
                throw Fail(at.Member("kind"), $"A second {Name(table.Kind)} table ({table.Kind.ChineseName()}); a disclosure has at most one table of each kind.");
            }
            builder.AddTable(table);
        }

        var others = contract.OtherTables ?? [];
        for (int i = 0; i < others.Count; i++)
        {
            var at = new ElementPath(path, "otherTables", i);
            builder.AddOtherTable(OtherTable(NotNull(others[i], at), at));
        }

        var sheets = contract.ProjectSheets ?? [];
        for (int i = 0; i < sheets.Count; i++)
        {
            var at = new ElementPath(path, "projectSheets", i);
            builder.AddProjectSheet(Sheet(NotNull(sheets[i], at), at));
        }

        if (contract.OverallSheet is { } overall)
        {
            builder.WithOverallSheet(Overall(overall, path + ".overallSheet"));
        }

        var facts = contract.Facts ?? [];
        for (int i = 0; i < facts.Count; i++)
        {
            var at = new ElementPath(path, "facts", i);
            builder.AddFact(Fact(NotNull(facts[i], at), at));
        }

        var mentions = contract.Mentions ?? [];
        for (int i = 0; i < mentions.Count; i++)
        {
            var at = new ElementPath(path, "mentions", i);
            builder.AddMention(Mention(NotNull(mentions[i], at), at));
        }

        var findings = contract.ImportFindings ?? [];
        for (int i = 0; i < findings.Count; i++)
        {
            string at = $"{path}.importFindings[{i}]";
            builder.AddImportFinding(Finding(NotNull(findings[i], at), at));
        }
        return builder.Build();
    }

    internal static ValidationReport ToReport(ReportContract? contract)
    {
        const string path = "$";
        if (contract is null)
        {
            throw Fail(path, "Expected a validation report object, found null.");
        }
        CheckVersion(contract.FormatVersion, path);
        var list = Required(contract.Findings, path, "findings");
        var findings = new Finding[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            string at = $"{path}.findings[{i}]";
            findings[i] = Finding(NotNull(list[i], at), at);
        }
        var report = new ValidationReport(findings);
        if (contract.Summary is { } summary)
        {
            CheckCount(summary.Errors, report.Errors, path + ".summary", "errors");
            CheckCount(summary.Warnings, report.Warnings, path + ".summary", "warnings");
            CheckCount(summary.Infos, report.Infos, path + ".summary", "infos");
        }
        return report;
    }

    private static void CheckCount(int? stated, int counted, string path, string property)
    {
        int value = Required(stated, path, property);
        if (value != counted)
        {
            throw Fail($"{path}.{property}", $"The summary says {value} {property} but the findings hold {counted}.");
        }
    }

    private static void CheckVersion(string? version, string path)
    {
        var stated = Required(version, path, "formatVersion");
        if (stated != DisclosureJson.FormatVersion)
        {
            throw Fail(path + ".formatVersion", $"Format version \"{stated}\" is not supported; this library reads version {DisclosureJson.FormatVersion}.");
        }
    }

    private static DisclosureUnit Unit(UnitContract unit, string path)
    {
        var name = Required(unit.Name, path, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Fail(path + ".name", "The unit's name is blank.");
        }
        return new DisclosureUnit(name, unit.Code, unit.Level ?? DisclosureLevel.Unit, unit.Duties, unit.Staff is { } staff ? Staff(staff) : null);
    }

    private static StaffFigures Staff(StaffContract staff) => new(
        staff.InternalDepartments, staff.SubordinateUnits, staff.AuthorizedStaff, staff.ActualStaff, staff.ActualOnEstablishment, staff.ActualOther);

    private static BudgetTable Table(TableContract table, ElementPath path)
    {
        var kind = Required(table.Kind, path, "kind");
        var precision = Precision(table.Unit, table.Decimals, path);
        var header = new TableHeader(precision, table.Title, table.PrintedNumber, table.UnitName, table.EmptyNote, table.Line);
        var builder = new TableBuilder(kind, header);
        var rows = Required(table.Rows, path, "rows");
        string? tablePath = null;
        for (int i = 0; i < rows.Count; i++)
        {
            var at = new ElementPath(tablePath ??= path.ToString(), "rows", i);
            builder.Add(Row(NotNull(rows[i], at), precision, at));
        }
        return builder.Build();
    }

    private static OtherTable OtherTable(OtherTableContract table, ElementPath path)
    {
        var title = Required(table.Title, path, "title");
        PublishedPrecision? precision = table.Unit is null && table.Decimals is null ? null : Precision(table.Unit, table.Decimals, path);
        return new OtherTable(title, OtherRows(Required(table.HeaderRows, path, "headerRows"), path, "headerRows"),
            OtherRows(Required(table.Rows, path, "rows"), path, "rows"), table.PrintedNumber, precision, table.UnitName, table.Line);
    }

    private static OtherTableRow[] OtherRows(BoundedList<OtherRowContract> rows, ElementPath table, string property)
    {
        var result = new OtherTableRow[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            var at = new ElementPath(table, property, i);
            var row = NotNull(rows[i], at);
            var cells = Required(row.Cells, at, "cells");
            for (int k = 0; k < cells.Count; k++)
            {
                if (cells[k] is null)
                {
                    throw Fail($"{at.Member("cells")}[{k}]", "Expected a string, found null (an empty cell is \"\").");
                }
            }
            result[i] = new OtherTableRow(cells, row.Line);
        }
        return result;
    }

    private static PublishedPrecision Precision(MoneyUnit? unit, int? decimals, ElementPath path)
    {
        var u = Required(unit, path, "unit");
        int d = Required(decimals, path, "decimals");
        if (d is < 0 or > 6)
        {
            throw Fail(path.Member("decimals"), $"{d} decimal places: a published figure has between 0 and 6.");
        }
        return new PublishedPrecision(u, d);
    }

    private static TableRow Row(RowContract row, PublishedPrecision precision, ElementPath path)
    {
        if (row.GetType() == typeof(RowContract))
        {
            throw Fail(path.ToString(), "Property 'type' is missing: a row is of type function, source, economic, revenue, named or summary.");
        }
        var name = Required(row.Name, path, "name");
        var values = Required(row.Values, path, "values");
        var columns = new TableColumn[values.Count];
        var amounts = new Money[values.Count];
        int i = 0;
        foreach (var (column, value) in values)
        {
            columns[i] = column;
            amounts[i] = ToMoney(value, precision, path, column);
            i++;
        }
        try
        {
            return row switch
            {
                FunctionRowContract f => new FunctionRow(Required(f.Code, path, "code"), name, columns, amounts, row.Line),
                SourceRowContract s => new SourceRow(Required(s.Source, path, "source"), name, columns, amounts, row.Line, s.IsCarryOver ?? false),
                EconomicRowContract e => new EconomicRow(e.DepartmentCode, name, e.GovernmentCode, e.GovernmentName, e.IsClass ?? false, columns, amounts, row.Line),
                RevenueRowContract r => new RevenueCodeRow(Required(r.Code, path, "code"), name, columns, amounts, row.Line),
                NamedRowContract n => new NamedRow(name, Required(n.Role, path, "role"), columns, amounts, row.Line),
                SummaryRowContract s => new SummaryRow(Required(s.SummaryLine, path, "summaryLine"), name, columns, amounts, row.Line),
                _ => throw Fail(path.ToString(), $"Unknown row type {row.GetType().Name}."),
            };
        }
        catch (ArgumentException e)
        {
            throw Fail(path.ToString(), e.Message, e);
        }
    }

    /// <summary>An amount of a row's <c>values</c>; the JSON path is made only when the amount is refused.</summary>
    private static Money ToMoney(decimal value, PublishedPrecision precision, ElementPath row, TableColumn column)
    {
        try
        {
            return Money.From(value, precision.Unit);
        }
        catch (Exception e) when (e is ArgumentException or BudgetOverflowException)
        {
            // Refused: again with the path, for the message.
            return ToMoney(value, precision, $"{row}.values.{Name(column)}");
        }
    }

    private static Money ToMoney(decimal value, PublishedPrecision precision, string path)
    {
        try
        {
            return Money.From(value, precision.Unit);
        }
        catch (ArgumentException e)
        {
            throw Fail(path, $"{Invariant(value)} {UnitName(precision.Unit)} is finer than one fen.", e);
        }
        catch (BudgetOverflowException e)
        {
            throw Fail(path, $"{Invariant(value)} {UnitName(precision.Unit)} is beyond the range of an amount (about 9.2 × 10¹⁶ 元, 92,233 万亿 元).", e);
        }
    }

    private static ProjectPerformanceSheet Sheet(ProjectSheetContract sheet, ElementPath path)
    {
        var name = Required(sheet.ProjectName, path, "projectName");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Fail(path.Member("projectName"), "The project name is blank.");
        }
        var lifetime = Funding(Required(sheet.LifetimeFunding, path, "lifetimeFunding"), path, "lifetimeFunding");
        var annual = Funding(Required(sheet.AnnualFunding, path, "annualFunding"), path, "annualFunding");
        var details = sheet.Details is { } d
            ? new ProjectSheetDetails(d.DepartmentCode, d.DepartmentName, d.ImplementingUnit, d.Attribute, d.Period, d.Overview, d.Basis, d.Necessity, d.Measures, d.Plan, d.LifetimeGoal, d.AnnualGoal, d.KeyProject ?? false)
            : ProjectSheetDetails.None;
        return new ProjectPerformanceSheet(
            name,
            lifetime,
            annual,
            details,
            Indicators(sheet.LifetimeIndicators, path, "lifetimeIndicators"),
            Indicators(sheet.AnnualIndicators, path, "annualIndicators"),
            sheet.Line);
    }

    private static ProjectFunding Funding(FundingContract funding, ElementPath sheet, string property)
    {
        var total = funding.TotalYuan ?? throw Fail($"{sheet.Member(property)}.totalYuan", "The required property 'totalYuan' is missing (or null).");
        var byLevel = new Dictionary<FundingLevel, Money>();
        foreach (var (level, amount) in funding.ByLevelYuan ?? [])
        {
            byLevel.Add(level, amount);
        }
        return new ProjectFunding(total, byLevel, funding.Line);
    }

    private static List<SheetIndicator> Indicators(BoundedList<IndicatorContract>? list, ElementPath owner, string property)
    {
        var result = new List<SheetIndicator>(list?.Count ?? 0);
        for (int i = 0; i < (list?.Count ?? 0); i++)
        {
            var at = new ElementPath(owner, property, i);
            var indicator = NotNull(list![i], at);
            result.Add(new SheetIndicator(
                new Indicator(
                    Required(indicator.Category, at, "category"),
                    Required(indicator.Subcategory, at, "subcategory"),
                    Required(indicator.Name, at, "name"),
                    Required(indicator.Value, at, "value")),
                indicator.Line)
            { Activity = indicator.Activity });
        }
        return result;
    }

    private static OverallPerformanceSheet Overall(OverallSheetContract sheet, string path)
    {
        var element = new ElementPath(path);
        var unitName = Required(sheet.UnitName, path, "unitName");
        var precision = Precision(sheet.Unit, sheet.Decimals, element);
        var total = ToMoney(Required(sheet.Total, path, "total"), precision, path + ".total");
        var bySource = new Dictionary<FundSource, Money>();
        foreach (var (source, value) in sheet.BySource ?? [])
        {
            bySource.Add(source, ToMoney(value, precision, $"{path}.bySource.{Name(source)}"));
        }
        var byType = new Dictionary<ExpenditureType, Money>();
        foreach (var (type, value) in sheet.ByType ?? [])
        {
            byType.Add(type, ToMoney(value, precision, $"{path}.byType.{Name(type)}"));
        }
        var staff = sheet.Staff is { } s ? Staff(s) : StaffFigures.None;
        return new OverallPerformanceSheet(unitName, total, bySource, byType, staff, Indicators(sheet.Indicators, element, "indicators"), precision, sheet.Line);
    }

    private static ProseFact Fact(FactContract fact, ElementPath path) =>
        new(
            Required(fact.Kind, path, "kind"),
            Subject(Required(fact.Subject, path, "subject"), path, "subject"),
            Required(fact.Value, path, "value"),
            Required(fact.Unit, path, "unit"),
            Required(fact.Decimals, path, "decimals"),
            fact.Line,
            fact.Excerpt)
        {
            Base = fact.Base is { } b ? Subject(b, path, "base") : null,
            ComparedYear = fact.ComparedYear,
            Reason = fact.Reason,
        };

    private static FactSubject Subject(SubjectContract subject, ElementPath fact, string property) =>
        new(subject.Topic ?? throw Fail($"{fact.Member(property)}.topic", "The required property 'topic' is missing (or null)."),
            subject.Source, subject.Code, subject.Category, subject.Name, subject.Economic);

    private static ProseMention Mention(MentionContract mention, ElementPath path) =>
        new(Required(mention.Kind, path, "kind"), Required(mention.Text, path, "text"), mention.Line, mention.Code, mention.Year, mention.Context);

    private static Finding Finding(FindingContract finding, string path)
    {
        var lines = finding.Lines is { } l ? l.ToArray() : [];
        var cells = new List<CellLocation>();
        for (int i = 0; i < (finding.Cells?.Count ?? 0); i++)
        {
            string at = $"{path}.cells[{i}]";
            var cell = NotNull(finding.Cells![i], at);
            if (cell.RowIndex is < 0)
            {
                throw Fail(at + ".rowIndex", $"The row index {cell.RowIndex} is negative.");
            }
            cells.Add(new CellLocation(
                Required(cell.Table, at, "table"),
                Required(cell.RowIndex, at, "rowIndex"),
                Required(cell.RowKey, at, "rowKey"),
                Required(cell.Column, at, "column")));
        }
        var location = new FindingLocation(finding.Table, finding.Row, finding.Code, finding.Project, finding.Column) { Lines = lines, Cells = cells };
        var result = new Finding(
            Required(finding.RuleId, path, "ruleId"),
            Required(finding.Severity, path, "severity"),
            Required(finding.Kind, path, "kind"),
            Required(finding.Message, path, "message"),
            location)
        {
            Expected = finding.Expected,
            Actual = finding.Actual,
            Unit = finding.Unit,
            Bound = finding.Bound is { } bound ? Bound(bound, path + ".bound") : null,
        };
        if (finding.Difference is { } difference && ContractWriter.Difference(result) != difference)
        {
            throw Fail(path + ".difference", $"The difference {Invariant(difference)} is not actual − expected.");
        }
        return result;
    }

    private static RoundingBound Bound(BoundContract bound, string path)
    {
        var yuan = Required(bound.Yuan, path, "yuan");
        decimal halfFen;
        try
        {
            halfFen = yuan * 200m;
        }
        catch (OverflowException e)
        {
            throw Fail(path + ".yuan", $"The bound {Invariant(yuan)} 元 is out of range.", e);
        }
        if (yuan < 0 || halfFen != decimal.Truncate(halfFen) || halfFen > long.MaxValue)
        {
            throw Fail(path + ".yuan", $"The bound {Invariant(yuan)} 元 is not a non-negative whole number of half-fen (0.005 元).");
        }
        return RoundingBound.FromHalfFen((long)halfFen);
    }

    private static T NotNull<T>([NotNull] T? value, string path)
        where T : class =>
        value ?? throw Fail(path, "Expected an object, found null.");

    private static T NotNull<T>([NotNull] T? value, ElementPath path)
        where T : class =>
        value ?? throw Fail(path.ToString(), "Expected an object, found null.");

    private static T Required<T>([NotNull] T? value, ElementPath path, string property)
        where T : class =>
        value ?? throw Fail(path.Member(property), $"The required property '{property}' is missing (or null).");

    private static T Required<T>([NotNull] T? value, ElementPath path, string property)
        where T : struct =>
        value ?? throw Fail(path.Member(property), $"The required property '{property}' is missing (or null).");

    private static T Required<T>([NotNull] T? value, string path, string property)
        where T : class =>
        value ?? throw Fail($"{path}.{property}", $"The required property '{property}' is missing (or null).");

    private static T Required<T>([NotNull] T? value, string path, string property)
        where T : struct =>
        value ?? throw Fail($"{path}.{property}", $"The required property '{property}' is missing (or null).");

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => StableNameEnumConverter<TEnum>.NameOf(value);

    private static string UnitName(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Wan => "万元",
        MoneyUnit.Yi => "亿元",
        _ => "元",
    };

    private static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static DisclosureJsonException Fail(string path, string problem, Exception? inner = null) => new(path, problem, innerException: inner);

    /// <summary>
    /// The JSON path of an array element (<c>$.tables[3]</c>, <c>$.projectSheets[2].annualIndicators[5]</c>) or of an
    /// object, made into text only when an error names it: reading a valid document formats no path.
    /// </summary>
    private readonly struct ElementPath
    {
        private readonly string? _parent;
        private readonly string? _ownerArray;
        private readonly int _ownerIndex;
        private readonly string? _array;
        private readonly int _index;

        /// <summary>An element of an array property of the object at <paramref name="parent"/>.</summary>
        internal ElementPath(string parent, string array, int index) => (_parent, _array, _index) = (parent, array, index);

        /// <summary>An element of an array property of an element (one level of nesting: a sheet's indicators).</summary>
        internal ElementPath(ElementPath owner, string array, int index)
        {
            if (owner._ownerArray is not null)
            {
                (_parent, _array, _index) = (owner.ToString(), array, index);
                return;
            }
            (_parent, _ownerArray, _ownerIndex, _array, _index) = (owner._parent, owner._array, owner._index, array, index);
        }

        /// <summary>An object at a path already made.</summary>
        internal ElementPath(string path) => (_parent, _index) = (path, -1);

        /// <summary>The path of a property of this object.</summary>
        internal string Member(string property) => $"{this}.{property}";

        /// <inheritdoc />
        public override string ToString()
        {
            string parent = _parent ?? "$";
            if (_ownerArray is not null && _ownerIndex >= 0)
            {
                parent = $"{parent}.{_ownerArray}[{_ownerIndex}]";
            }
            return _index < 0 || _array is null ? parent : $"{parent}.{_array}[{_index}]";
        }
    }
}
