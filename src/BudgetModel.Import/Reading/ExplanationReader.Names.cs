using System.Text.RegularExpressions;
using BudgetModel.Classification;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>
/// The classes a paragraph lists by their names alone, without codes or levels: 一般公共服务支出1378.41万元，社会保障和
/// 就业支出178.42万元… under a heading of 一般公共预算 expenditure, or 按支出功能分类，包括科学技术支出28.00万元、… after the
/// expenditure of all funds. A name is a class when it is a 类's catalog name exactly (the built-in catalog has every
/// 类); the topic follows from the subject the notes speak of (一般公共预算, 财政拨款 or all funds).
/// </summary>
internal sealed partial class ExplanationReader
{
    /// <summary>Reads the classes <paramref name="paragraph"/> names without codes, after the other readers: an item a
    /// fact from <paramref name="firstNew"/> on already states (its line and value) is not read again. Read in the scope
    /// the headings and lead paragraphs set; without one, only after 按支出功能分类 (or 按功能分类), and then the
    /// words before the list (and the heading) tell the subject: 一般公共预算, 财政拨款, else the expenditure of all funds.</summary>
    internal void ReadNamedClasses(ProseParagraph paragraph, ImportContext context, List<ProseFact> facts, int firstNew)
    {
        var text = paragraph.Text;
        List<(int Start, FunctionCode Code, Match Amount)>? found = null;
        foreach (Match m in NamedClassItem().Matches(text))
        {
            if (ClassNamed(context.ProseCatalog, m.Groups["name"].Value) is { } code)
            {
                var amount = Amount().Match(m.Value, m.Groups["n"].Index - m.Index);
                (found ??= []).Add((m.Index, code, amount));
            }
        }
        if (found is null || NamedListTopic(text[..found[0].Start], paragraph.Heading) is not { } topic)
        {
            return;
        }
        for (int i = 0; i < found.Count; i++)
        {
            var (start, code, amount) = found[i];
            int sentenceEnd = text.IndexOf('。', start + amount.Index);
            int end = Math.Min(i + 1 < found.Count ? found[i + 1].Start : text.Length, sentenceEnd < 0 ? text.Length : sentenceEnd + 1);
            if (IsStated(facts, firstNew, paragraph.LineAt(start + amount.Index), amount))
            {
                continue;
            }
            var subject = new FactSubject(topic, Code: code, Name: context.ProseCatalog.TryGetName(code, out var name) ? name : null);
            ReadFigures(paragraph, subject, start, amount, end, facts);
        }
    }

    /// <summary>The topic of a list of classes named alone: by the scope in force, else — only after 功能分类 — by the
    /// words before the list and the heading; null when the list is not one of expenditure by class.</summary>
    private FactTopic? NamedListTopic(string before, string? heading)
    {
        switch (_scope)
        {
            case Scope.GeneralBudget:
                return FactTopic.GeneralBudgetByClass;
            case Scope.Fiscal:
                return FactTopic.FiscalExpenditureByClass;
            case Scope.AllFunds:
                return FactTopic.ExpenditureByClass;
        }
        if (!before.Contains("功能分类", StringComparison.Ordinal))
        {
            return null;
        }
        var subject = before + "\n" + heading;
        foreach (var word in (string[])["基本支出", "项目支出", "政府性基金", "国有资本"])
        {
            if (before.Contains(word, StringComparison.Ordinal))
            {
                return null;
            }
        }
        return subject.Contains("一般公共预算", StringComparison.Ordinal) ? FactTopic.GeneralBudgetByClass
            : subject.Contains("财政拨款", StringComparison.Ordinal) ? FactTopic.FiscalExpenditureByClass
            : FactTopic.ExpenditureByClass;
    }

    /// <summary>The 类 whose catalog name is <paramref name="name"/> exactly, or null.</summary>
    private static FunctionCode? ClassNamed(ClassificationCatalog catalog, string name)
    {
        FunctionCode? found = null;
        foreach (var code in catalog.FindFunctionsByName(name))
        {
            if (code.Level == FunctionLevel.Class)
            {
                if (found is not null)
                {
                    return null;
                }
                found = code;
            }
        }
        return found;
    }

    /// <summary>True when a fact from <paramref name="firstNew"/> on was read on <paramref name="line"/> with the value
    /// of <paramref name="amount"/>.</summary>
    private static bool IsStated(List<ProseFact> facts, int firstNew, int line, Match amount)
    {
        if (!TryNumber(amount.Groups["n"].Value, out var value, out _))
        {
            return true;
        }
        for (int i = firstNew; i < facts.Count; i++)
        {
            if (facts[i].Line == line && Math.Abs(facts[i].Value) == value)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A name ending in 支出 or 经费 with its amount, standing at the start of a list item (after a stop, a comma,
    /// 包括, 其中 or an ordinal): 一般公共服务支出1378.41万元, 包括科学技术支出28.00万元.</summary>
    [GeneratedRegex(@"(?<=^|[，,、；;：:。\s]|[）)]|\d[.．、])(?:包括|其中|分别为|主要有)?[：:]?(?<name>\p{IsCJKUnifiedIdeographs}{2,20}?(?:支出|经费))\s*(?:预算数?)?\s*(?:为|是)?\s*" + AmountText)]
    private static partial Regex NamedClassItem();
}
