using BudgetModel.Performance;
using BudgetModel.Validation;

namespace BudgetModel.Disclosure;

/// <summary>
/// One unit's (or department's) budget disclosure for one budget year: the unit, the standard tables by kind, the
/// project performance sheets, the overall sheet, the facts the prose states and the names and years it mentions.
/// Immutable. A table the disclosure omits is absent (<c>null</c>), not zero; an empty cell is zero.
/// Build with <see cref="DisclosureBuilder"/>; validate with the <c>DisclosureValidator</c>.
/// </summary>
public sealed class BudgetDisclosure
{
    private readonly Dictionary<TableKind, BudgetTable> _byKind;

    internal BudgetDisclosure(
        DisclosureUnit unit,
        int budgetYear,
        IReadOnlyList<BudgetTable> tables,
        IReadOnlyList<ProjectPerformanceSheet> projectSheets,
        OverallPerformanceSheet? overallSheet,
        IReadOnlyList<ProseFact> facts,
        IReadOnlyList<ProseMention> mentions,
        IReadOnlySet<DisclosureSection> sections,
        IReadOnlyList<Finding> importFindings,
        IReadOnlyList<OtherTable>? otherTables = null)
    {
        Unit = unit;
        BudgetYear = budgetYear;
        Tables = tables;
        ProjectSheets = projectSheets;
        OverallSheet = overallSheet;
        Facts = facts;
        Mentions = mentions;
        Sections = sections;
        ImportFindings = importFindings;
        OtherTables = otherTables ?? [];
        _byKind = tables.ToDictionary(t => t.Kind);
    }

    /// <summary>The unit that publishes the disclosure.</summary>
    public DisclosureUnit Unit { get; }

    /// <summary>The budget year, for example 2024.</summary>
    public int BudgetYear { get; }

    /// <summary>The tables in print order; at most one per kind.</summary>
    public IReadOnlyList<BudgetTable> Tables { get; }

    /// <summary>The tables the library does not know, kept as printed (title, header, cell texts), in print order.</summary>
    public IReadOnlyList<OtherTable> OtherTables { get; }

    /// <summary>项目支出绩效目标表, in print order.</summary>
    public IReadOnlyList<ProjectPerformanceSheet> ProjectSheets { get; }

    /// <summary>整体支出绩效目标表, when published.</summary>
    public OverallPerformanceSheet? OverallSheet { get; }

    /// <summary>The figures the prose states.</summary>
    public IReadOnlyList<ProseFact> Facts { get; }

    /// <summary>Names, classes and years the document mentions.</summary>
    public IReadOnlyList<ProseMention> Mentions { get; }

    /// <summary>The sections (besides tables) the document has.</summary>
    public IReadOnlySet<DisclosureSection> Sections { get; }

    /// <summary>Problems the importer met (unreadable cells, unknown tables); they join the validation report.</summary>
    public IReadOnlyList<Finding> ImportFindings { get; }

    /// <summary>The table of a kind, or null when the disclosure omits it.</summary>
    /// <param name="kind">The table kind.</param>
    public BudgetTable? this[TableKind kind] => _byKind.GetValueOrDefault(kind);

    /// <summary>True when the disclosure has a table of the kind.</summary>
    /// <param name="kind">The table kind.</param>
    public bool Has(TableKind kind) => _byKind.ContainsKey(kind);

    /// <summary>预算收支总表, when published.</summary>
    public SummaryTable? RevenueExpenditureSummary => this[TableKind.RevenueExpenditureSummary] as SummaryTable;

    /// <summary>预算收入总表, when published.</summary>
    public FunctionTable? RevenueSummary => this[TableKind.RevenueSummary] as FunctionTable;

    /// <summary>预算支出总表, when published.</summary>
    public FunctionTable? ExpenditureSummary => this[TableKind.ExpenditureSummary] as FunctionTable;

    /// <summary>财政拨款收支总表, when published.</summary>
    public FiscalAppropriationTable? FiscalAppropriationSummary => this[TableKind.FiscalAppropriationSummary] as FiscalAppropriationTable;

    /// <summary>一般公共预算支出预算表, when published.</summary>
    public FunctionTable? GeneralBudgetExpenditure => this[TableKind.GeneralBudgetExpenditure] as FunctionTable;

    /// <summary>一般公共预算基本支出分经济科目表, when published.</summary>
    public EconomicTable? GeneralBudgetBasicExpenditure => this[TableKind.GeneralBudgetBasicExpenditure] as EconomicTable;

    /// <summary>政府性基金预算收入表, when published.</summary>
    public RevenueCodeTable? GovernmentFundRevenue => this[TableKind.GovernmentFundRevenue] as RevenueCodeTable;

    /// <summary>政府性基金预算支出表, when published.</summary>
    public FunctionTable? GovernmentFundExpenditure => this[TableKind.GovernmentFundExpenditure] as FunctionTable;

    /// <summary>国有资本经营预算收支预算表, when published.</summary>
    public StateCapitalTable? StateCapitalOperation => this[TableKind.StateCapitalOperation] as StateCapitalTable;

    /// <summary>“三公”经费支出预算表, when published.</summary>
    public ThreePublicTable? ThreePublicExpenses => this[TableKind.ThreePublicExpenses] as ThreePublicTable;

    /// <summary>机关运行经费预算表, when published.</summary>
    public NamedRowTable? OperatingExpenses => this[TableKind.OperatingExpenses] as NamedRowTable;

    /// <summary>项目支出预算表（本年预算）, when published.</summary>
    public NamedRowTable? ProjectExpenditureCurrent => this[TableKind.ProjectExpenditureCurrent] as NamedRowTable;

    /// <summary>项目支出预算表（上年结转）, when published.</summary>
    public NamedRowTable? ProjectExpenditureCarryOver => this[TableKind.ProjectExpenditureCarryOver] as NamedRowTable;

    /// <summary>基本支出总表, when published.</summary>
    public FunctionTable? BasicExpenditureSummary => this[TableKind.BasicExpenditureSummary] as FunctionTable;

    /// <summary>项目支出总表, when published.</summary>
    public FunctionTable? ProjectExpenditureSummary => this[TableKind.ProjectExpenditureSummary] as FunctionTable;

    /// <summary>一般公共预算支出经济分类情况表 (按支出经济分类科目), when published.</summary>
    public EconomicTable? GeneralBudgetExpenditureByEconomic => this[TableKind.GeneralBudgetExpenditureByEconomic] as EconomicTable;

    /// <summary>一般公共预算项目支出情况表（按经济分类科目）, when published.</summary>
    public EconomicTable? GeneralBudgetProjectByEconomic => this[TableKind.GeneralBudgetProjectByEconomic] as EconomicTable;

    /// <summary>一般公共预算基本支出明细表（按支出功能分类科目）, when published.</summary>
    public FunctionTable? GeneralBudgetBasicByFunction => this[TableKind.GeneralBudgetBasicByFunction] as FunctionTable;

    /// <summary>财政拨款支出表（功能科目）, when published.</summary>
    public FunctionTable? FiscalAppropriationExpenditureByFunction => this[TableKind.FiscalAppropriationExpenditureByFunction] as FunctionTable;

    /// <summary>财政拨款基本支出表（经济科目）, when published.</summary>
    public EconomicTable? FiscalAppropriationBasicByEconomic => this[TableKind.FiscalAppropriationBasicByEconomic] as EconomicTable;

    /// <summary>政府采购预算明细表, when published.</summary>
    public NamedRowTable? GovernmentProcurement => this[TableKind.GovernmentProcurement] as NamedRowTable;

    /// <summary>政府购买服务预算表, when published.</summary>
    public NamedRowTable? GovernmentPurchasedServices => this[TableKind.GovernmentPurchasedServices] as NamedRowTable;

    /// <summary>专项业务经费支出表, when published.</summary>
    public NamedRowTable? SpecialOperatingFunds => this[TableKind.SpecialOperatingFunds] as NamedRowTable;

    /// <summary>财政拨款上年结转资金支出表, when published.</summary>
    public FunctionTable? CarryOverExpenditure => this[TableKind.CarryOverExpenditure] as FunctionTable;

    /// <summary>部门预算基本支出预算表（按经济分类）, when published.</summary>
    public EconomicTable? BasicExpenditureByEconomic => this[TableKind.BasicExpenditureByEconomic] as EconomicTable;

    /// <summary>Every amount of every table, with its address, in print order.</summary>
    public IEnumerable<TableCell> Cells() => Tables.SelectMany(t => t.Cells());

    /// <summary>A copy with one table amount replaced (what-if analysis, perturbation tests).</summary>
    /// <param name="location">The cell.</param>
    /// <param name="value">The new amount.</param>
    /// <exception cref="ArgumentException">The disclosure has no such cell.</exception>
    public BudgetDisclosure WithCell(CellLocation location, Money value)
    {
        var table = this[location.Table];
        if (table is null)
        {
            Preconditions.ThrowArgument(nameof(location), $"The disclosure has no {location.Table} table.");
        }
        return WithTable(table.WithCell(location, value));
    }

    /// <summary>A copy with a table added, or replacing the table of the same kind in place.</summary>
    /// <param name="table">The table.</param>
    public BudgetDisclosure WithTable(BudgetTable table)
    {
        Guard.Against.Null(table);
        var tables = Tables.ToList();
        int i = tables.FindIndex(t => t.Kind == table.Kind);
        if (i >= 0)
        {
            tables[i] = table;
        }
        else
        {
            tables.Add(table);
        }
        return new BudgetDisclosure(Unit, BudgetYear, tables, ProjectSheets, OverallSheet, Facts, Mentions, Sections, ImportFindings, OtherTables);
    }

    /// <summary>A copy without the table of a kind (to model a disclosure that omits it).</summary>
    /// <param name="kind">The table kind.</param>
    public BudgetDisclosure WithoutTable(TableKind kind) =>
        new(Unit, BudgetYear, Tables.Where(t => t.Kind != kind).ToList(), ProjectSheets, OverallSheet, Facts, Mentions, Sections, ImportFindings, OtherTables);

    /// <summary>A copy with other project sheets.</summary>
    /// <param name="sheets">The sheets.</param>
    public BudgetDisclosure WithProjectSheets(IEnumerable<ProjectPerformanceSheet> sheets) =>
        new(Unit, BudgetYear, Tables, Guard.Against.Null(sheets).ToList(), OverallSheet, Facts, Mentions, Sections, ImportFindings, OtherTables);

    /// <summary>A copy with other prose facts.</summary>
    /// <param name="facts">The facts.</param>
    public BudgetDisclosure WithFacts(IEnumerable<ProseFact> facts) =>
        new(Unit, BudgetYear, Tables, ProjectSheets, OverallSheet, Guard.Against.Null(facts).ToList(), Mentions, Sections, ImportFindings, OtherTables);

    /// <inheritdoc />
    public override string ToString() => $"{Unit.Name} {BudgetYear}: {Tables.Count} tables, {ProjectSheets.Count} project sheets, {Facts.Count} facts";
}
