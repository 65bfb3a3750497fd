using BudgetModel.Disclosure;
using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Serialization;

/// <summary>Maps the domain to the JSON contract for writing. Deterministic: the same disclosure always gives the same
/// contract (dictionaries and sets are written in the order of their enumeration values).</summary>
internal static class ContractWriter
{
    internal static DisclosureContract From(BudgetDisclosure disclosure) => new()
    {
        FormatVersion = DisclosureJson.FormatVersion,
        Unit = Unit(disclosure.Unit),
        BudgetYear = disclosure.BudgetYear,
        Sections = new(disclosure.Sections.Order()),
        Tables = new(disclosure.Tables.Select((t, i) => Table(t, $"$.tables[{i}]"))),
        // Written only when there are some: a disclosure of known tables reads and writes as before.
        OtherTables = disclosure.OtherTables.Count == 0 ? null : new(disclosure.OtherTables.Select(OtherTable)),
        ProjectSheets = new(disclosure.ProjectSheets.Select(Sheet)),
        OverallSheet = disclosure.OverallSheet is { } overall ? Overall(overall) : null,
        Facts = new(disclosure.Facts.Select(Fact)),
        Mentions = new(disclosure.Mentions.Select(Mention)),
        ImportFindings = new(disclosure.ImportFindings.Select(Finding)),
    };

    internal static ReportContract From(ValidationReport report) => new()
    {
        FormatVersion = DisclosureJson.FormatVersion,
        Findings = new(report.Findings.Select(Finding)),
        Summary = new SummaryContract { Errors = report.Errors, Warnings = report.Warnings, Infos = report.Infos },
    };

    private static UnitContract Unit(DisclosureUnit unit) => new()
    {
        Name = unit.Name,
        Code = unit.Code,
        Level = unit.Level,
        Duties = unit.Duties,
        Staff = unit.Staff is { } staff ? Staff(staff) : null,
    };

    private static StaffContract Staff(StaffFigures staff) => new()
    {
        InternalDepartments = staff.InternalDepartments,
        SubordinateUnits = staff.SubordinateUnits,
        AuthorizedStaff = staff.AuthorizedStaff,
        ActualStaff = staff.ActualStaff,
        ActualOnEstablishment = staff.ActualOnEstablishment,
        ActualOther = staff.ActualOther,
    };

    private static TableContract Table(BudgetTable table, string path)
    {
        var header = table.Header;
        return new TableContract
        {
            Kind = table.Kind,
            Unit = header.Precision.Unit,
            Decimals = header.Precision.Decimals,
            Title = header.Title,
            PrintedNumber = header.PrintedNumber,
            UnitName = header.UnitName,
            EmptyNote = header.EmptyNote,
            Line = header.Line,
            Rows = new(table.Rows.Select((r, i) => Row(r, header.Precision, $"{path}.rows[{i}]"))),
        };
    }

    private static OtherTableContract OtherTable(OtherTable table) => new()
    {
        Title = table.Title,
        PrintedNumber = table.PrintedNumber,
        Unit = table.Precision?.Unit,
        Decimals = table.Precision?.Decimals,
        UnitName = table.UnitName,
        Line = table.Line,
        HeaderRows = new(table.HeaderRows.Select(OtherRow)),
        Rows = new(table.Rows.Select(OtherRow)),
    };

    private static OtherRowContract OtherRow(OtherTableRow row) => new() { Cells = new(row.Cells), Line = row.Line };

    private static RowContract Row(TableRow row, PublishedPrecision precision, string path)
    {
        RowContract contract = row switch
        {
            FunctionRow f => new FunctionRowContract { Code = f.Code },
            SourceRow s => new SourceRowContract { Source = s.Source, IsCarryOver = s.IsCarryOver ? true : null },
            EconomicRow e => new EconomicRowContract
            {
                DepartmentCode = e.DepartmentCode,
                GovernmentCode = e.GovernmentCode,
                GovernmentName = e.GovernmentName,
                IsClass = e.IsClass ? true : null,
            },
            RevenueCodeRow r => new RevenueRowContract { Code = r.Code },
            NamedRow n => new NamedRowContract { Role = n.Role },
            SummaryRow s => new SummaryRowContract { SummaryLine = s.SummaryLine },
            _ => throw new DisclosureJsonException(path, $"A row of type {row.GetType().Name} has no JSON form."),
        };
        contract.Name = row.Name;
        contract.Line = row.Line;
        var values = new OrderedDictionary<TableColumn, decimal>(row.Columns.Count);
        var amounts = row.Values;
        for (int i = 0; i < row.Columns.Count; i++)
        {
            if (!values.TryAdd(row.Columns[i], JsonAmounts.ToDecimal(amounts[i], precision.Unit, precision.Decimals)))
            {
                throw new DisclosureJsonException(path + ".values", $"The row has column {row.Columns[i]} twice; the format keys a row's amounts by column.");
            }
        }
        contract.Values = values;
        return contract;
    }

    private static ProjectSheetContract Sheet(ProjectPerformanceSheet sheet) => new()
    {
        ProjectName = sheet.ProjectName,
        Line = sheet.Line,
        Details = Details(sheet.Details),
        LifetimeFunding = Funding(sheet.LifetimeFunding),
        AnnualFunding = Funding(sheet.AnnualFunding),
        LifetimeIndicators = new(sheet.LifetimeIndicators.Select(Indicator)),
        AnnualIndicators = new(sheet.AnnualIndicators.Select(Indicator)),
    };

    private static DetailsContract Details(ProjectSheetDetails d) => new()
    {
        DepartmentCode = d.DepartmentCode,
        DepartmentName = d.DepartmentName,
        ImplementingUnit = d.ImplementingUnit,
        Attribute = d.Attribute,
        Period = d.Period,
        Overview = d.Overview,
        Basis = d.Basis,
        Necessity = d.Necessity,
        Measures = d.Measures,
        Plan = d.Plan,
        LifetimeGoal = d.LifetimeGoal,
        AnnualGoal = d.AnnualGoal,
        KeyProject = d.KeyProject ? true : null,
    };

    private static FundingContract Funding(ProjectFunding funding)
    {
        var byLevel = new OrderedDictionary<Funding.FundingLevel, Money>();
        foreach (var pair in funding.ByLevel.OrderBy(p => p.Key))
        {
            byLevel.Add(pair.Key, pair.Value);
        }
        return new FundingContract { TotalYuan = funding.Total, ByLevelYuan = byLevel, Line = funding.Line };
    }

    private static IndicatorContract Indicator(SheetIndicator sheetIndicator) => new()
    {
        Category = sheetIndicator.Indicator.Category,
        Subcategory = sheetIndicator.Indicator.Subcategory,
        Name = sheetIndicator.Indicator.Name,
        Value = sheetIndicator.Indicator.Value,
        Activity = sheetIndicator.Activity,
        Line = sheetIndicator.Line,
    };

    private static OverallSheetContract Overall(OverallPerformanceSheet sheet)
    {
        var precision = sheet.Precision;
        var bySource = new OrderedDictionary<Funding.FundSource, decimal>();
        foreach (var pair in sheet.BySource.OrderBy(p => p.Key))
        {
            bySource.Add(pair.Key, JsonAmounts.ToDecimal(pair.Value, precision.Unit, precision.Decimals));
        }
        var byType = new OrderedDictionary<Funding.ExpenditureType, decimal>();
        foreach (var pair in sheet.ByType.OrderBy(p => p.Key))
        {
            byType.Add(pair.Key, JsonAmounts.ToDecimal(pair.Value, precision.Unit, precision.Decimals));
        }
        return new OverallSheetContract
        {
            UnitName = sheet.UnitName,
            Unit = precision.Unit,
            Decimals = precision.Decimals,
            Total = JsonAmounts.ToDecimal(sheet.Total, precision.Unit, precision.Decimals),
            BySource = bySource,
            ByType = byType,
            Staff = Staff(sheet.Staff),
            Indicators = new(sheet.Indicators.Select(Indicator)),
            Line = sheet.Line,
        };
    }

    private static FactContract Fact(ProseFact fact) => new()
    {
        Kind = fact.Kind,
        Subject = Subject(fact.Subject),
        Value = fact.Value,
        Unit = fact.Unit,
        Decimals = fact.Decimals,
        Base = fact.Base is { } b ? Subject(b) : null,
        ComparedYear = fact.ComparedYear,
        Reason = fact.Reason,
        Line = fact.Line,
        Excerpt = fact.Excerpt,
    };

    private static SubjectContract Subject(FactSubject subject) => new()
    {
        Topic = subject.Topic,
        Source = subject.Source,
        Code = subject.Code is { IsEmpty: false } code ? code : null,
        Category = subject.Category,
        Name = subject.Name,
        Economic = subject.Economic is { IsEmpty: false } economic ? economic : null,
    };

    private static MentionContract Mention(ProseMention mention) => new()
    {
        Kind = mention.Kind,
        Text = mention.Text,
        Code = mention.Code,
        Year = mention.Year,
        Context = mention.Context,
        Line = mention.Line,
    };

    private static FindingContract Finding(Finding finding)
    {
        var location = finding.Location;
        return new FindingContract
        {
            RuleId = finding.RuleId,
            Severity = finding.Severity,
            Kind = finding.Kind,
            Message = finding.Message,
            Table = location.Table,
            Row = location.Row,
            Code = location.Code,
            Project = location.Project,
            Column = location.Column,
            Lines = location.Lines.Count > 0 ? new(location.Lines) : null,
            Cells = location.Cells.Count > 0 ? new(location.Cells.Select(Cell)) : null,
            Expected = finding.Expected,
            Actual = finding.Actual,
            Difference = Difference(finding),
            Unit = finding.Unit,
            Bound = finding.Bound is { } bound ? new BoundContract { Yuan = bound.HalfFen / 200m } : null,
        };
    }

    /// <summary>Actual − expected, or null when either is unknown or the difference is beyond a decimal.</summary>
    internal static decimal? Difference(Finding finding)
    {
        try
        {
            return finding.Difference;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static CellContract Cell(CellLocation cell) => new()
    {
        Table = cell.Table,
        RowIndex = cell.RowIndex,
        RowKey = cell.RowKey,
        Column = cell.Column,
    };
}
