using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>What a row is within its table.</summary>
public enum RowRole
{
    /// <summary>An ordinary row: a code, a source, an economic item, a project.</summary>
    Detail = 0,

    /// <summary>The table's 合计 row (or 部门合计, the unit row of a project table).</summary>
    Total = 1,

    /// <summary>A named summary row such as 本年收入合计, 上年结转, 收入总计, 支出总计.</summary>
    Summary = 2,
}

/// <summary>
/// One printed row of a standard table: a name as printed, the amounts of the table's columns (an empty cell is zero),
/// and the source line it was read from. Rows are immutable.
/// </summary>
public abstract class TableRow
{
    private readonly Money[] _values;

    private protected TableRow(string name, IReadOnlyList<TableColumn> columns, ReadOnlySpan<Money> values, int? line, RowRole role)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(columns);
        if (values.Length != columns.Count)
        {
            Preconditions.ThrowArgument(nameof(values), $"Row '{name}' has {values.Length} amounts but its table has {columns.Count} columns ({string.Join(", ", columns)}).");
        }
        Name = name;
        Columns = ColumnList.Of(columns);
        _values = values.ToArray();
        Line = line;
        Role = role;
    }

    /// <summary>The row's name as printed (a class name, 合计, a project name, …).</summary>
    public string Name { get; }

    /// <summary>The columns this row has amounts for, in print order.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The 1-based source line the row was read from, when imported.</summary>
    public int? Line { get; }

    /// <summary>Whether this is an ordinary row, the table's total, or a summary line.</summary>
    public RowRole Role { get; }

    /// <summary>How findings name this row: the code where the row has one, else the name.</summary>
    public virtual string Key => Name;

    /// <summary>The row's 合计 (the first column).</summary>
    public Money Total => _values.Length > 0 ? _values[0] : Money.Zero;

    /// <summary>True when every amount of the row is zero (all cells empty).</summary>
    public bool IsBlank => Array.TrueForAll(_values, v => v.IsZero);

    /// <summary>The amounts in column order.</summary>
    public ReadOnlySpan<Money> Values => _values;

    /// <summary>The amount in <paramref name="column"/>.</summary>
    /// <param name="column">One of <see cref="Columns"/>.</param>
    /// <exception cref="ArgumentException">The row's table has no such column.</exception>
    public Money this[TableColumn column]
    {
        get
        {
            int i = IndexOf(column);
            if (i < 0)
            {
                Preconditions.ThrowArgument(nameof(column), $"Row '{Name}' has no column {column} ({column.ChineseLabel()}); its columns are {string.Join(", ", Columns)}.");
            }
            return _values[i];
        }
    }

    /// <summary>True when the row has an amount for <paramref name="column"/>.</summary>
    /// <param name="column">The column.</param>
    public bool Has(TableColumn column) => IndexOf(column) >= 0;

    /// <summary>The amount in <paramref name="column"/>, or zero when the row has no such column.</summary>
    /// <param name="column">The column.</param>
    public Money GetOrZero(TableColumn column)
    {
        int i = IndexOf(column);
        return i < 0 ? Money.Zero : _values[i];
    }

    /// <summary>A copy of this row with one amount replaced.</summary>
    /// <param name="column">The column to replace.</param>
    /// <param name="value">The new amount.</param>
    public TableRow With(TableColumn column, Money value)
    {
        int i = IndexOf(column);
        if (i < 0)
        {
            Preconditions.ThrowArgument(nameof(column), $"Row '{Name}' has no column {column}.");
        }
        var copy = (Money[])_values.Clone();
        copy[i] = value;
        return WithValues(copy);
    }

    /// <summary>Creates a copy of this row with other amounts (same columns).</summary>
    private protected abstract TableRow WithValues(Money[] values);

    private int IndexOf(TableColumn column)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                return i;
            }
        }
        return -1;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Key} {Name}: {string.Join(" | ", _values.Select((v, i) => $"{Columns[i]}={v.Yuan}"))}";
}

/// <summary>A row keyed by a 支出功能分类 code (tables 1 to 5, 8, 9).</summary>
public sealed class FunctionRow : TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="code">The function code (类, 款 or 项).</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="values">One amount per column; an empty cell is zero.</param>
    /// <param name="line">The source line, when imported.</param>
    public FunctionRow(FunctionCode code, string name, IReadOnlyList<TableColumn> columns, ReadOnlySpan<Money> values, int? line = null)
        : base(name, columns, values, line, RowRole.Detail)
    {
        if (code.IsEmpty)
        {
            Preconditions.ThrowArgument(nameof(code), $"Row '{name}' needs a function classification code.");
        }
        Code = code;
    }

    /// <summary>The 支出功能分类 code.</summary>
    public FunctionCode Code { get; }

    /// <inheritdoc />
    public override string Key => Code.Value;

    private protected override TableRow WithValues(Money[] values) => new FunctionRow(Code, Name, Columns, values, Line);
}

/// <summary>A revenue line by fund source (the revenue side of tables 1 and 4, and 4's carry-over by source).</summary>
public sealed class SourceRow : TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="source">The fund source.</param>
    /// <param name="name">The name as printed, for example 一、一般公共预算.</param>
    /// <param name="columns">The table's columns for this row.</param>
    /// <param name="values">One amount per column.</param>
    /// <param name="line">The source line, when imported.</param>
    /// <param name="isCarryOver">True for a line under 上年结转 (table 4's carry-over by source).</param>
    public SourceRow(FundSource source, string name, IReadOnlyList<TableColumn> columns, ReadOnlySpan<Money> values, int? line = null, bool isCarryOver = false)
        : base(name, columns, values, line, RowRole.Detail)
    {
        Source = source;
        IsCarryOver = isCarryOver;
    }

    /// <summary>The fund source.</summary>
    public FundSource Source { get; }

    /// <summary>True for a line under 上年结转 (the carry-over by source), false for this year's revenue.</summary>
    public bool IsCarryOver { get; }

    /// <inheritdoc />
    public override string Key => IsCarryOver ? "CarryOver." + Source : Source.ToString();

    private protected override TableRow WithValues(Money[] values) => new SourceRow(Source, Name, Columns, values, Line, IsCarryOver);
}

/// <summary>A row of the basic-expenditure economic table (table 6): both economic codes or at least both names.</summary>
public sealed class EconomicRow : TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="departmentCode">The 部门预算支出经济分类 code, when known.</param>
    /// <param name="departmentName">The 部门预算支出经济科目名称 as printed.</param>
    /// <param name="governmentCode">The 政府预算支出经济分类 code, when known.</param>
    /// <param name="governmentName">The 政府预算支出经济科目名称 as printed, or null for a class row.</param>
    /// <param name="isClass">True for a 类 row (工资福利支出), false for a 款 row.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="values">One amount per column.</param>
    /// <param name="line">The source line, when imported.</param>
    public EconomicRow(EconomicCode? departmentCode, string departmentName, EconomicCode? governmentCode, string? governmentName, bool isClass, IReadOnlyList<TableColumn> columns, ReadOnlySpan<Money> values, int? line = null)
        : base(departmentName, columns, values, line, RowRole.Detail)
    {
        DepartmentCode = departmentCode;
        GovernmentCode = governmentCode;
        GovernmentName = governmentName;
        IsClass = isClass;
    }

    /// <summary>The 部门预算支出经济分类 code, when known.</summary>
    public EconomicCode? DepartmentCode { get; }

    /// <summary>The 部门预算支出经济科目名称 as printed (the same as <see cref="TableRow.Name"/>).</summary>
    public string DepartmentName => Name;

    /// <summary>The 政府预算支出经济分类 code, when known.</summary>
    public EconomicCode? GovernmentCode { get; }

    /// <summary>The 政府预算支出经济科目名称 as printed, when the row has one.</summary>
    public string? GovernmentName { get; }

    /// <summary>True for a 类 row (its 款 rows follow it), false for a 款 row.</summary>
    public bool IsClass { get; }

    /// <inheritdoc />
    public override string Key => DepartmentCode?.Value ?? Name;

    private protected override TableRow WithValues(Money[] values) => new EconomicRow(DepartmentCode, Name, GovernmentCode, GovernmentName, IsClass, Columns, values, Line);
}

/// <summary>A row keyed by a 收入分类 code (table 7, the revenue side of table 9).</summary>
public sealed class RevenueCodeRow : TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="code">The revenue code.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="values">One amount per column.</param>
    /// <param name="line">The source line, when imported.</param>
    public RevenueCodeRow(RevenueCode code, string name, IReadOnlyList<TableColumn> columns, ReadOnlySpan<Money> values, int? line = null)
        : base(name, columns, values, line, RowRole.Detail)
    {
        if (code.IsEmpty)
        {
            Preconditions.ThrowArgument(nameof(code), $"Row '{name}' needs a revenue classification code.");
        }
        Code = code;
    }

    /// <summary>The 收入分类 code.</summary>
    public RevenueCode Code { get; }

    /// <inheritdoc />
    public override string Key => Code.Value;

    private protected override TableRow WithValues(Money[] values) => new RevenueCodeRow(Code, Name, Columns, values, Line);
}

/// <summary>A row keyed by a name: a unit (table 11), a project or a unit row (tables 12 and 13).</summary>
public sealed class NamedRow : TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="name">The unit or project name as printed.</param>
    /// <param name="role"><see cref="RowRole.Total"/> for a unit/合计 row, <see cref="RowRole.Detail"/> for a project.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="values">One amount per column.</param>
    /// <param name="line">The source line, when imported.</param>
    public NamedRow(string name, RowRole role, IReadOnlyList<TableColumn> columns, ReadOnlySpan<Money> values, int? line = null)
        : base(name, columns, values, line, role)
    {
    }

    private protected override TableRow WithValues(Money[] values) => new NamedRow(Name, Role, Columns, values, Line);
}

/// <summary>The named summary lines of the tables.</summary>
public enum SummaryLine
{
    /// <summary>合计: the table's total row.</summary>
    Total = 1,

    /// <summary>本年收入合计.</summary>
    CurrentYearRevenue = 2,

    /// <summary>上年结转 (revenue side; 上年财政拨款结转 in table 4).</summary>
    CarryOverRevenue = 3,

    /// <summary>收入总计.</summary>
    RevenueGrandTotal = 4,

    /// <summary>本年支出合计.</summary>
    CurrentYearExpenditure = 5,

    /// <summary>年终结转.</summary>
    YearEndCarryForward = 6,

    /// <summary>支出总计.</summary>
    ExpenditureGrandTotal = 7,

    /// <summary>因公出国（境）费 (table 10).</summary>
    OverseasTravel = 20,

    /// <summary>公务接待费 (table 10).</summary>
    Reception = 21,

    /// <summary>公务用车购置及运行费 (table 10).</summary>
    Vehicles = 22,

    /// <summary>①公务用车购置费 (table 10).</summary>
    VehiclePurchase = 23,

    /// <summary>②公务用车运行维护费 (table 10).</summary>
    VehicleOperation = 24,

    /// <summary>会议费 (an optional line of table 10; not part of the “三公”经费).</summary>
    Meetings = 25,

    /// <summary>培训费 (an optional line of table 10; not part of the “三公”经费).</summary>
    Training = 26,

    /// <summary>机关运行经费 (the line of a merged “三公”经费和机关运行经费预算表).</summary>
    OperatingExpenses = 27,

    /// <summary>“三公”经费合计 / 小计: the “三公” subtotal of a table whose <see cref="Total"/> also counts 会议费 and 培训费.</summary>
    ThreePublicSubtotal = 28,

    /// <summary>行政经费 (the line of 财政拨款安排的行政经费及“三公”经费预算表).</summary>
    AdministrativeExpenses = 29,
}

/// <summary>A named summary line: 合计, 本年收入合计, 收入总计, 支出总计, or a line of the “三公” table.</summary>
public sealed class SummaryRow : TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="line">Which summary line this is.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="columns">The columns of this line.</param>
    /// <param name="values">One amount per column.</param>
    /// <param name="sourceLine">The source line, when imported.</param>
    public SummaryRow(SummaryLine line, string name, IReadOnlyList<TableColumn> columns, ReadOnlySpan<Money> values, int? sourceLine = null)
        : base(name, columns, values, sourceLine, line == SummaryLine.Total ? RowRole.Total : (int)line >= 20 ? RowRole.Detail : RowRole.Summary) => SummaryLine = line;

    /// <summary>Which summary line this is.</summary>
    public SummaryLine SummaryLine { get; }

    /// <inheritdoc />
    public override string Key => SummaryLine.ToString();

    private protected override TableRow WithValues(Money[] values) => new SummaryRow(SummaryLine, Name, Columns, values, Line);
}
