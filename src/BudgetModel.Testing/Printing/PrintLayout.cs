namespace BudgetModel.Testing.Printing;

/// <summary>
/// How <see cref="DisclosurePrinter"/> lays a disclosure out: one choice per layout variant real documents show. A plain
/// immutable record of enums, small integers and flags, so that FsCheck generates and shrinks it field by field
/// (<see cref="PrintLayouts.Arbitrary"/>): a failing layout shrinks towards <see cref="Plain"/>, and the smallest failing
/// one names the variant the reader does not handle.
/// </summary>
/// <param name="Numbering">How tables are numbered.</param>
/// <param name="Wording">How titles are worded.</param>
/// <param name="Codes">How codes are printed.</param>
/// <param name="ColumnOrder">The amount column order of the expenditure tables.</param>
/// <param name="UnitLine">The unit line above each table.</param>
/// <param name="GroupHeader">True for two header rows (a group label such as 本年预算 over the amount columns); false
/// for one.</param>
/// <param name="BrokenLabels">True to break long header labels over two lines (一般公共 / 预算).</param>
/// <param name="WrapLongNames">True for a narrow name column, so long names wrap over two lines inside their row.</param>
/// <param name="Ruling">How tables are ruled.</param>
/// <param name="RowHeight">The height of a body row line in points, 16 to 40 (the generator draws 16 to 26).</param>
/// <param name="RepeatHeader">True to print the header again on each page a table continues on.</param>
/// <param name="ZerosPrinted">True to print a zero amount as 0.00; false to leave its cell blank.</param>
/// <param name="Footer">The page footer.</param>
/// <param name="RunningHeader">True for a running header (the unit and year) on every page but the first.</param>
/// <param name="EmptyTables">How a table without figures is printed.</param>
/// <param name="FlowTables">True to print each table straight after the one before (tables then break over pages
/// wherever they reach the foot of one); false to start each table on a new page.</param>
public sealed record PrintLayout(
    TitleNumbering Numbering,
    TitleWording Wording,
    CodePrinting Codes,
    ExpenditureColumnOrder ColumnOrder,
    UnitLineStyle UnitLine,
    bool GroupHeader,
    bool BrokenLabels,
    bool WrapLongNames,
    Ruling Ruling,
    int RowHeight,
    bool RepeatHeader,
    bool ZerosPrinted,
    PageFooter Footer,
    bool RunningHeader,
    EmptyTableStyle EmptyTables,
    bool FlowTables)
{
    /// <summary>The plainest layout: no numbering, whole codes, 合计 first, one header row, grid, no furniture. Every
    /// generated layout shrinks towards it.</summary>
    public static PrintLayout Plain { get; } = new(
        TitleNumbering.None, TitleWording.Department, CodePrinting.Whole, ExpenditureColumnOrder.TotalBasicProject, UnitLineStyle.UnitOnly,
        GroupHeader: false, BrokenLabels: false, WrapLongNames: false, Ruling.Grid, RowHeight: 18, RepeatHeader: true, ZerosPrinted: false,
        PageFooter.None, RunningHeader: false, EmptyTableStyle.NoteUnder, FlowTables: false);
}
