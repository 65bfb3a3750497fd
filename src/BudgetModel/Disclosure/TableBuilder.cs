using BudgetModel.Classification;
using BudgetModel.Funding;

namespace BudgetModel.Disclosure;

/// <summary>
/// Builds any standard table by kind, in print order, with amounts in the table's own unit:
/// <code>
/// var t3 = new TableBuilder(TableKind.ExpenditureSummary)             // 万元, columns 合计/基本支出/项目支出
///     .Total(6542.05m, 286.42m, 6255.63m)
///     .Function("201", "一般公共服务支出", 3.00m, 0m, 3.00m)
///     .Build();
/// </code>
/// An empty cell is <c>0m</c>. Importers add rows with <see cref="Add(TableRow)"/> and set their source lines.
/// A builder is not thread-safe; the tables it builds are immutable.
/// </summary>
public sealed class TableBuilder
{
    private readonly List<TableRow> _rows = [];
    private IReadOnlyList<TableColumn> _columns;
    private TableHeader _header;
    private int? _nextLine;

    /// <summary>Starts a table of the given kind in 万元 with two decimals and the kind's standard columns.</summary>
    /// <param name="kind">The table kind.</param>
    public TableBuilder(TableKind kind) : this(kind, TableHeader.Wan)
    {
    }

    /// <summary>Starts a table of the given kind with a header (and so a unit) of the caller's.</summary>
    /// <param name="kind">The table kind.</param>
    /// <param name="header">The header; its precision is the unit of every amount given as a number.</param>
    public TableBuilder(TableKind kind, TableHeader header)
    {
        Guard.Against.Null(header);
        if (!Enum.IsDefined(kind))
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(kind), kind, "Unknown table kind.");
        }
        Kind = kind;
        _header = header;
        _columns = StandardColumns.For(kind);
    }

    /// <summary>The kind of table being built.</summary>
    public TableKind Kind { get; }

    /// <summary>The columns of detail rows (and of summary lines that are not single-amount lines).</summary>
    public IReadOnlyList<TableColumn> Columns => _columns;

    /// <summary>Replaces the header (title, number, unit name, precision, note, line).</summary>
    /// <param name="header">The header.</param>
    public TableBuilder WithHeader(TableHeader header)
    {
        Guard.Against.Null(header);
        _header = header;
        return this;
    }

    /// <summary>Sets the unit and printed decimals of the table (for example 元 with two decimals).</summary>
    /// <param name="precision">The precision.</param>
    public TableBuilder In(PublishedPrecision precision)
    {
        _header = _header with { Precision = precision };
        return this;
    }

    /// <summary>Uses other columns than the kind's standard ones (a province that prints fewer or more).</summary>
    /// <param name="columns">The columns, 合计 first.</param>
    public TableBuilder WithColumns(params TableColumn[] columns)
    {
        Guard.Against.NullOrEmpty(columns);
        _columns = columns.ToArray();
        return this;
    }

    /// <summary>Sets the source line of the next row added.</summary>
    /// <param name="line">1-based source line.</param>
    public TableBuilder AtLine(int line)
    {
        _nextLine = line;
        return this;
    }

    /// <summary>Adds the 合计 row, amounts in the table's columns.</summary>
    /// <param name="values">One amount per column, in the table's unit.</param>
    public TableBuilder Total(params ReadOnlySpan<decimal> values) => Summary(SummaryLine.Total, "合计", values);

    /// <summary>Adds a summary line (本年收入合计, 上年结转, 收入总计, 本年支出合计, 年终结转, 支出总计, or a “三公” line).</summary>
    /// <param name="line">The line.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="values">One amount per column (one amount for revenue-side lines), in the table's unit.</param>
    public TableBuilder Summary(SummaryLine line, string name, params ReadOnlySpan<decimal> values)
    {
        var columns = StandardColumns.IsSingleAmountLine(Kind, line) ? StandardColumns.SingleAmount : _columns;
        return Add(new SummaryRow(line, name, columns, ToMoney(values), TakeLine()));
    }

    /// <summary>Adds a row keyed by a 支出功能分类 code.</summary>
    /// <param name="code">The code, 3, 5 or 7 digits.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="values">One amount per column, in the table's unit.</param>
    public TableBuilder Function(string code, string name, params ReadOnlySpan<decimal> values) =>
        Add(new FunctionRow(FunctionCode.Parse(code), name, _columns, ToMoney(values), TakeLine()));

    /// <summary>Adds a revenue line by fund source (tables 1 and 4), one amount.</summary>
    /// <param name="source">The fund source.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="amount">The amount, in the table's unit.</param>
    public TableBuilder Source(FundSource source, string name, decimal amount) =>
        Add(new SourceRow(source, name, StandardColumns.SingleAmount, ToMoney([amount]), TakeLine()));

    /// <summary>Adds a line of 上年结转 by fund source (table 4), one amount.</summary>
    /// <param name="source">The fund source.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="amount">The amount, in the table's unit.</param>
    public TableBuilder CarryOverSource(FundSource source, string name, decimal amount) =>
        Add(new SourceRow(source, name, StandardColumns.SingleAmount, ToMoney([amount]), TakeLine(), isCarryOver: true));

    /// <summary>Adds an economic class row (工资福利支出) of a table of economic rows (table 6 and the other
    /// <see cref="TableShape.Economic"/> kinds).</summary>
    /// <param name="departmentCode">The 部门 class code (3 digits), or null when not printed.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="values">One amount per column, in the table's unit.</param>
    public TableBuilder EconomicClass(string? departmentCode, string name, params ReadOnlySpan<decimal> values) =>
        Add(new EconomicRow(ParseEconomic(departmentCode), name, null, null, true, _columns, ToMoney(values), TakeLine()));

    /// <summary>Adds an economic item row with both systems' names (基本工资 → 工资奖金津补贴), or one system's when the
    /// table prints one (pass null for the other).</summary>
    /// <param name="departmentCode">The 部门 item code (5 digits), or null when not printed.</param>
    /// <param name="departmentName">The 部门预算支出经济科目名称.</param>
    /// <param name="governmentCode">The 政府 item code (5 digits), or null when not printed.</param>
    /// <param name="governmentName">The 政府预算支出经济科目名称.</param>
    /// <param name="values">One amount per column, in the table's unit.</param>
    public TableBuilder EconomicItem(string? departmentCode, string departmentName, string? governmentCode, string? governmentName, params ReadOnlySpan<decimal> values) =>
        Add(new EconomicRow(ParseEconomic(departmentCode), departmentName, ParseEconomic(governmentCode), governmentName, false, _columns, ToMoney(values), TakeLine()));

    /// <summary>Adds a row keyed by a 收入分类 code (tables 7 and 9), one amount.</summary>
    /// <param name="code">The revenue code.</param>
    /// <param name="name">The name as printed.</param>
    /// <param name="amount">The amount, in the table's unit.</param>
    public TableBuilder Revenue(string code, string name, decimal amount) =>
        Add(new RevenueCodeRow(RevenueCode.Parse(code), name, StandardColumns.SingleAmount, ToMoney([amount]), TakeLine()));

    /// <summary>Adds a unit row (部门合计, or the unit row of a project table), which totals the rows under it.</summary>
    /// <param name="name">The unit name as printed.</param>
    /// <param name="values">One amount per column, in the table's unit.</param>
    public TableBuilder Unit(string name, params ReadOnlySpan<decimal> values) =>
        Add(new NamedRow(name, RowRole.Total, _columns, ToMoney(values), TakeLine()));

    /// <summary>Adds a named detail row: a project (tables 12, 13), a unit (table 11), a procurement item.</summary>
    /// <param name="name">The name as printed.</param>
    /// <param name="values">One amount per column, in the table's unit.</param>
    public TableBuilder Project(string name, params ReadOnlySpan<decimal> values) =>
        Add(new NamedRow(name, RowRole.Detail, _columns, ToMoney(values), TakeLine()));

    /// <summary>Adds a row built by the caller (importers), in print order.</summary>
    /// <param name="row">The row.</param>
    public TableBuilder Add(TableRow row)
    {
        Guard.Against.Null(row);
        _rows.Add(row);
        return this;
    }

    /// <summary>Builds the immutable table; its runtime type depends on the kind (for example
    /// <see cref="FunctionTable"/> for 预算支出总表).</summary>
    public BudgetTable Build() => TableLayout.For(Kind).Shape switch
    {
        TableShape.Summary => new SummaryTable(_header, _rows),
        TableShape.Function => new FunctionTable(Kind, _header, _rows),
        TableShape.FiscalAppropriation => new FiscalAppropriationTable(_header, _rows),
        TableShape.Economic => new EconomicTable(Kind, _header, _rows),
        TableShape.RevenueCode => new RevenueCodeTable(_header, _rows),
        TableShape.StateCapital => new StateCapitalTable(_header, _rows),
        TableShape.ThreePublic => new ThreePublicTable(_header, _rows),
        _ => new NamedRowTable(Kind, _header, _rows),
    };

    /// <summary>Builds the table as the type the caller expects.</summary>
    /// <typeparam name="T">The table type for this kind.</typeparam>
    /// <exception cref="InvalidOperationException">The kind builds another type.</exception>
    public T Build<T>() where T : BudgetTable => Build() as T
        ?? throw new InvalidOperationException($"A {Kind} table is not a {typeof(T).Name}.");

    private int? TakeLine()
    {
        var line = _nextLine;
        _nextLine = null;
        return line;
    }

    private Money[] ToMoney(ReadOnlySpan<decimal> values)
    {
        var result = new Money[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = Money.From(values[i], _header.Precision.Unit);
        }
        return result;
    }

    private static EconomicCode? ParseEconomic(string? code) => code is null ? null : EconomicCode.Parse(code);
}
