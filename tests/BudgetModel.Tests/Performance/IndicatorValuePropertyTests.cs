using System.Globalization;
using BudgetModel.Performance;
using BudgetModel.Testing.Contracts;
using BudgetModel.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Performance;

public class IndicatorValuePropertyTests
{
    [Property]
    public Property Quantitative_values_read_back_from_their_text_and_canonical_form() =>
        Prop.ForAll(IndicatorGenerators.Quantitative(), v =>
        {
            var fromText = IndicatorValue.Parse(v.ToString());
            var fromFormat = IndicatorValue.Parse(v.Format());
            return fromText == v
                && fromFormat == v
                && fromText.IsQuantitative
                && fromText.Comparator == v.Comparator
                && fromText.Number == v.Number
                && fromText.Unit == v.Unit
                && fromText.ToString() == v.ToString()
                && fromFormat.Format() == v.Format();
        });

    [Property]
    public Property Any_value_reads_back_from_its_text() =>
        Prop.ForAll(IndicatorGenerators.Any(), v =>
        {
            var parsed = IndicatorValue.Parse(v.ToString());
            return parsed == v && parsed.Kind == v.Kind && parsed.ToString() == v.ToString();
        });

    [Property]
    public Property Equal_values_have_equal_hash_codes() =>
        Prop.ForAll(IndicatorGenerators.Any(), v =>
        {
            ValueTypeContract.CheckEquality(v, IndicatorValue.Parse(v.Format()));
            return true;
        });

    [Property]
    public Property Other_comparator_spellings_give_an_equal_value()
    {
        var spellings = new (IndicatorComparator Comparator, string Prefix, string Suffix)[]
        {
            (IndicatorComparator.AtLeast, ">=", ""),
            (IndicatorComparator.AtLeast, "不低于", ""),
            (IndicatorComparator.AtLeast, "", "以上"),
            (IndicatorComparator.AtMost, "<=", ""),
            (IndicatorComparator.AtMost, "不超过", ""),
            (IndicatorComparator.AtMost, "", "以内"),
            (IndicatorComparator.GreaterThan, "＞", ""),
            (IndicatorComparator.GreaterThan, "大于", ""),
            (IndicatorComparator.LessThan, "＜", ""),
            (IndicatorComparator.LessThan, "小于", ""),
            (IndicatorComparator.Equal, "＝", ""),
        };
        var cases = IndicatorGenerators.Quantitative().Generator
            .SelectMany(_ => Gen.Elements(spellings), (v, s) => (v, s));
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (v, s) = c;
            var text = s.Prefix + " " + v.Number!.Value.ToString(CultureInfo.InvariantCulture) + " " + v.Unit + s.Suffix;
            var parsed = IndicatorValue.Parse(text);
            return parsed == IndicatorValue.Quantitative(s.Comparator, v.Number.Value, v.Unit) && parsed.ToString() == text.Trim();
        });
    }

    [Property]
    public Property Wan_amounts_give_their_fen_exactly()
    {
        var fen = Gen.Choose(0, int.MaxValue).SelectMany(_ => Gen.Choose(0, 1_000_000), (hi, lo) => (long)hi * 1_000_000 + lo);
        return Prop.ForAll(fen.ToArbitrary(), f =>
        {
            var wan = (f / 1_000_000).ToString(CultureInfo.InvariantCulture) + "." + (f % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
            var yuan = (f / 100).ToString(CultureInfo.InvariantCulture) + "." + (f % 100).ToString("D2", CultureInfo.InvariantCulture);
            return IndicatorValue.Parse(wan + "万元").TryGetMoney(out var fromWan) && fromWan.TotalFen == f
                && IndicatorValue.Parse(yuan + "元").TryGetMoney(out var fromYuan) && fromYuan.TotalFen == f;
        });
    }

    [Property]
    public Property A_second_decimal_point_before_a_known_unit_is_refused() =>
        Prop.ForAll(IndicatorGenerators.Quantitative(), v =>
        {
            var number = v.Number!.Value.ToString(CultureInfo.InvariantCulture);
            var broken = v.Comparator.GetSymbol() + number + (number.Contains('.', StringComparison.Ordinal) ? ".5" : ".5.5") + v.Unit;
            return !IndicatorValue.TryParse(broken, out _);
        });
}
