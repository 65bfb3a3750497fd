using System.Globalization;

namespace BudgetModel.Classification;

/// <summary>
/// A name a code carried in earlier editions of the 政府收支分类科目 and no longer does: 医疗卫生与计划生育支出 was the
/// name of 210 until the 2018 edition (卫生健康支出 from 2019). A disclosure that prints it uses an outdated name,
/// which <see cref="ClassificationCatalog.CheckName(FunctionCode, string)"/> tells apart from a misspelling and from a
/// different name (<see cref="NameCheckOutcome.FormerName"/>).
/// </summary>
/// <param name="Name">The former name, trimmed, as the older editions print it.</param>
/// <param name="FirstEdition">The first edition that used the name, when known (null: not recorded).</param>
/// <param name="LastEdition">The last edition that used the name; always before the year of the edition that lists it.</param>
public sealed record FormerName(string Name, int? FirstEdition, int LastEdition)
{
    /// <summary>The editions as a range, for example <c>2014–2018</c> or <c>–2018</c>.</summary>
    /// <returns>The range text.</returns>
    public string EditionRange() =>
        string.Create(CultureInfo.InvariantCulture, $"{FirstEdition}–{LastEdition}");

    /// <summary>For example <c>医疗卫生与计划生育支出 (editions –2018)</c>.</summary>
    /// <returns>The name and its editions.</returns>
    public override string ToString() => $"{Name} (editions {EditionRange()})";
}
