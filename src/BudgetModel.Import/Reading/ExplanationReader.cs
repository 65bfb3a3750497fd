using System.Globalization;
using System.Text.RegularExpressions;
using BudgetModel.Classification;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Reads the per-item explanations of 一般公共预算 (or 财政拨款) expenditure: each class, section or item the notes
/// name with this year's amount, the change on the year before (amount and percent), the year before's figure and the
/// reason. The class is named by any of the ways provinces write it — names with their levels
/// (一般公共服务支出（类）审计事务（款）行政运行（项）, quoted or not; the class given by a heading above: （一）社会保障和就业支出（类）),
/// names with their code parts (公共安全支出（204类）司法（06款）行政运行（01项）), a name with its code after it
/// (行政运行（2010801）2,338.24万元), a code before the name (2080505-机关事业单位
/// 基本养老保险缴费支出, [2040601]行政运行), or a quoted class name (“卫生健康支出”科目) — and is followed by its amount.
/// Explanations are read only where the notes speak of 一般公共预算 or 财政拨款 expenditure, or of the expenditure of
/// all funds (支出预算总计 …包括：(1)一般公共服务支出（类）支出2,906.63万元) (the heading or the paragraph that leads the list); elsewhere (基本支出, “三公”, 政府性基金) a name with an amount is something else.
/// </summary>
internal sealed partial class ExplanationReader
{
    private enum Scope
    {
        None,
        GeneralBudget,
        Fiscal,
        AllFunds,
    }

    private Scope _scope;
    private FunctionCode? _class;

    /// <summary>Takes a heading: it sets the scope (一般公共预算 / 财政拨款 expenditure, or neither) or, when it names a
    /// class (（一）一般公共服务支出（类）), the class of the items under it.</summary>
    internal void Heading(string heading, ClassificationCatalog catalog)
    {
        EconomicHeading(heading);
        var spec = LevelledSpec().Match(heading);
        if (spec.Success && !Amount().IsMatch(heading) && ResolveLevelled(spec, catalog, null, out _) is { } code)
        {
            _class = code.Class;
            return;
        }
        var scope = ScopeOf(heading);
        if (scope is { } s)
        {
            _scope = s;
            _class = null;
        }
        else if (ProseAssembler.StartsItem(heading))
        {
            _scope = Scope.None;
            _class = null;
        }
    }

    /// <summary>Reads a paragraph: its explanations when it holds any in scope; otherwise it may set the scope (the
    /// paragraph that leads a list: 2026年度一般公共预算拨款支出6053.42万元…其中（按项级科目分类统计）：).</summary>
    internal void Read(ProseParagraph paragraph, ImportContext context, List<ProseFact> facts)
    {
        var text = paragraph.Text;
        if (_scope != Scope.None)
        {
            var items = FindItems(text, context.ProseCatalog);
            if (items.Count > 0)
            {
                for (int i = 0; i < items.Count; i++)
                {
                    int end = i + 1 < items.Count ? items[i + 1].Start : text.Length;
                    ReadItem(paragraph, items[i], end, context, facts);
                }
                return;
            }
        }
        if (ScopeOf(text) is { } scope)
        {
            _scope = scope;
            _class = null;
        }
    }

    /// <summary>The scope a heading or a lead paragraph sets, by its first clause (to ，；。：): 一般公共预算 or 财政拨款
    /// expenditure, the expenditure of all funds (支出预算总计, 本年支出合计), or another subject (基本支出, “三公”, 政府性基金, 国有资本, 机关运行经费, 政府采购, 绩效, 收入) — 财政拨款支出预算中，
    /// 一般公共预算拨款支出预算17883万元…；政府性基金拨款支出预算为0 is a lead of the first kind, 一般公共预算基本支出情况说明 of the
    /// second. Null when it names none.</summary>
    private static Scope? ScopeOf(string text)
    {
        int end = text.AsSpan().IndexOfAny("，；。：,;:");
        var clause = end < 0 ? text : text[..end];
        bool Has(string s) => clause.Contains(s, StringComparison.Ordinal);
        foreach (var word in OtherSubjects)
        {
            if (Has(word))
            {
                return Scope.None;
            }
        }
        if (Has("一般公共预算") && (Has("支出") || Has("拨款")))
        {
            return Scope.GeneralBudget;
        }
        if (Has("财政拨款") && Has("支出"))
        {
            return Scope.Fiscal;
        }
        if (Has("支出预算总计") || Has("支出总计") || Has("支出合计") || Has("支出预算合计"))
        {
            // （二）支出预算总计4,651.67万元。包括：1．本年支出合计… (1)一般公共服务支出（类）支出…: the classes of all funds.
            return Scope.AllFunds;
        }
        return null;
    }

    private static readonly string[] OtherSubjects = ["三公", "政府性基金", "国有资本", "基本支出", "机关运行", "政府采购", "绩效", "收入"];

    /// <summary>An item found: where its words start, its code, the names as printed with their codes, and where its
    /// amount is.</summary>
    private sealed record Item(int Start, FunctionCode Code, IReadOnlyList<(string Name, FunctionCode Code)> Printed, Match Amount);

    private List<Item> FindItems(string text, ClassificationCatalog catalog)
    {
        var items = new List<Item>();
        foreach (Match m in LevelledItem().Matches(text))
        {
            var spec = LevelledSpec().Match(m.Groups["spec"].Value);
            if (ResolveLevelled(spec, catalog, _class, out var printed) is { } code)
            {
                items.Add(new Item(m.Index, code, printed, AmountGroup(m)));
            }
        }
        foreach (Match m in CodedItem().Matches(text))
        {
            if (FunctionCode.TryParse(m.Groups["code"].Value, out var code) && !Overlaps(items, m.Index))
            {
                items.Add(new Item(m.Index, code, [(m.Groups["name"].Value, code)], AmountGroup(m)));
            }
        }
        foreach (Match m in NameCodeItem().Matches(text))
        {
            // 1.行政运行（2010801）2,338.24万元: the code in brackets after the name, taken when the catalog has it under
            // that name (an economic class, 工资福利支出（301）, is not a function).
            if (FunctionCode.TryParse(m.Groups["code"].Value, out var code) && !Overlaps(items, m.Index)
                && catalog.TryGetName(code, out var known) && m.Groups["name"].Value.EndsWith(known, StringComparison.Ordinal))
            {
                items.Add(new Item(m.Index, code, [], AmountGroup(m)));
            }
        }
        foreach (Match m in QuotedItem().Matches(text))
        {
            var name = m.Groups["name"].Value;
            if (!Overlaps(items, m.Index) && FindByName(catalog, name, FunctionLevel.Class, null) is { } code)
            {
                items.Add(new Item(m.Index, code, [], AmountGroup(m)));
            }
        }
        items.Sort((a, b) => a.Start.CompareTo(b.Start));
        return items;
    }

    private static bool Overlaps(List<Item> items, int at) => items.Exists(i => i.Start <= at && at < i.Start + i.Amount.Index + i.Amount.Length);

    /// <summary>The amount of an item pattern (groups n, u) as one match of <see cref="Amount"/>.</summary>
    private static Match AmountGroup(Match m)
    {
        var a = Amount().Match(m.Value, m.Groups["n"].Index - m.Index);
        // A match of the item pattern always holds its amount there; the offsets are of the item text.
        return a;
    }

    /// <summary>The code of a spec of names with levels: code parts where printed (204类 06款 01项), else each name looked
    /// up under the one before (the class by its name, or + 支出: 科学技术（类）), the class given by a heading when the spec
    /// starts below it. Null when a name is not found; <paramref name="printed"/> holds the names printed with a code.</summary>
    private static FunctionCode? ResolveLevelled(Match spec, ClassificationCatalog catalog, FunctionCode? headingClass, out List<(string Name, FunctionCode Code)> printed)
    {
        printed = [];
        FunctionCode? current = null;
        var names = spec.Groups["name"].Captures;
        var levels = spec.Groups["level"].Captures;
        var codes = spec.Groups["code"].Captures;
        if (names.Count == 0)
        {
            return null;
        }
        var codeParts = new string?[names.Count];
        foreach (Capture c in codes)
        {
            for (int i = 0; i < names.Count; i++)
            {
                if (c.Index > names[i].Index && (i + 1 == names.Count || c.Index < names[i + 1].Index))
                {
                    codeParts[i] = c.Value;
                }
            }
        }
        for (int i = 0; i < names.Count; i++)
        {
            var level = levels[i].Value switch
            {
                "类" => FunctionLevel.Class,
                "款" => FunctionLevel.Section,
                _ => FunctionLevel.Item,
            };
            if (i == 0 && level != FunctionLevel.Class)
            {
                if (level != FunctionLevel.Section || headingClass is null)
                {
                    return null;
                }
                current = headingClass;
            }
            var name = names[i].Value;
            FunctionCode? code = null;
            if (codeParts[i] is { } part)
            {
                var digits = (current?.Value ?? string.Empty) + part.PadLeft(level == FunctionLevel.Class ? 3 : 2, '0');
                if (FunctionCode.TryParse(digits, out var byCode) && byCode.Level == level)
                {
                    code = byCode;
                    if (level != FunctionLevel.Class)
                    {
                        // A class with its code (卫生健康支出（210类）) is mentioned by the document parser already.
                        printed.Add((name, byCode));
                    }
                }
            }
            code ??= FindByName(catalog, name, level, current);
            if (code is null)
            {
                return null;
            }
            current = code;
        }
        return current;
    }

    /// <summary>The code of the given level whose name is <paramref name="name"/> (or a trailing part of it, or it
    /// + 支出 for a class), under <paramref name="parent"/> when given.</summary>
    private static FunctionCode? FindByName(ClassificationCatalog catalog, string name, FunctionLevel level, FunctionCode? parent)
    {
        for (int start = 0; start + 2 <= name.Length; start++)
        {
            var candidate = name[start..];
            foreach (var n in level == FunctionLevel.Class && !candidate.EndsWith("支出", StringComparison.Ordinal) ? [candidate, candidate + "支出"] : new[] { candidate })
            {
                FunctionCode? found = null;
                int count = 0;
                foreach (var code in catalog.FindFunctionsByName(n))
                {
                    if (code.Level == level && (parent is not { } p || p.IsAncestorOf(code)))
                    {
                        found = code;
                        count++;
                    }
                }
                if (count == 1)
                {
                    return found;
                }
            }
        }
        return null;
    }

    private void ReadItem(ProseParagraph paragraph, Item item, int end, ImportContext context, List<ProseFact> facts)
    {
        var topic = _scope switch
        {
            Scope.Fiscal => FactTopic.FiscalExpenditureByClass,
            Scope.AllFunds => FactTopic.ExpenditureByClass,
            _ => FactTopic.GeneralBudgetByClass,
        };
        var subject = new FactSubject(topic, Code: item.Code, Name: context.ProseCatalog.TryGetName(item.Code, out var catalogName) ? catalogName : null);
        if (ReadFigures(paragraph, subject, item.Start, item.Amount, end, facts) is { } excerpt)
        {
            foreach (var (name, code) in item.Printed)
            {
                context.Mentions.Add(new ProseMention(MentionKind.FunctionClass, name, paragraph.LineAt(item.Start), Code: code.Value, Context: excerpt));
            }
        }
    }

    /// <summary>Reads the figures of one item of <paramref name="subject"/> whose words start at <paramref name="start"/>
    /// of the paragraph and run to <paramref name="end"/>: its amount (<paramref name="amount"/>, a match of
    /// <see cref="Amount"/> in the item's text), the change on the year before (amount and percent), the year before's
    /// figure and the reason. Returns the excerpt of the amount, or null when its number cannot be read.</summary>
    private static string? ReadFigures(ProseParagraph paragraph, FactSubject subject, int start, Match amount, int end, List<ProseFact> facts)
    {
        var text = paragraph.Text;
        int amountAt = start + amount.Index;
        var region = text[start..end];
        if (!TryNumber(amount.Groups["n"].Value, out var value, out int decimals))
        {
            return null;
        }
        string? reason = Reason().Match(region) is { Success: true } r ? r.Groups["r"].Value.Trim() : null;
        var excerpt = text.Substring(start, Math.Min(region.Length, amount.Index + amount.Length)).Trim();
        facts.Add(new ProseFact(FactKind.Amount, subject, value, amount.Groups["u"].Value, decimals, paragraph.LineAt(amountAt), excerpt) { Reason = reason });
        int after = amount.Index + amount.Length;
        var rest = region[after..];
        int restAt = start + after;
        int? comparedYear = null;
        if (Change().Match(rest) is { Success: true } change && TryNumber(change.Groups["n"].Value, out var delta, out int deltaDecimals))
        {
            comparedYear = Year(change.Groups["y"]);
            int sign = IsDecrease(change.Groups["verb"].Value) ? -1 : 1;
            facts.Add(new ProseFact(FactKind.ChangeAmount, subject, sign * delta, change.Groups["u"].Value, deltaDecimals, paragraph.LineAt(restAt + change.Index), change.Value) { ComparedYear = comparedYear, Reason = reason });
            if (Percent().Match(rest, change.Index + change.Length) is { Success: true } pct && TryNumber(pct.Groups["n"].Value, out var percent, out int percentDecimals))
            {
                int percentSign = IsDecrease(pct.Groups["verb"].Value) ? -1 : sign;
                facts.Add(new ProseFact(FactKind.ChangePercent, subject, percentSign * percent, "%", percentDecimals, paragraph.LineAt(restAt + pct.Index), pct.Value) { ComparedYear = comparedYear });
            }
        }
        else if (Same().Match(rest) is { Success: true } same)
        {
            comparedYear = Year(same.Groups["y"]);
            facts.Add(new ProseFact(FactKind.ChangeAmount, subject, 0m, amount.Groups["u"].Value, decimals, paragraph.LineAt(restAt + same.Index), same.Value) { ComparedYear = comparedYear, Reason = reason });
        }
        if (Prior().Match(rest) is { Success: true } prior && TryNumber(prior.Groups["n"].Value, out var priorValue, out int priorDecimals))
        {
            facts.Add(new ProseFact(FactKind.PriorYearAmount, subject, priorValue, prior.Groups["u"].Value, priorDecimals, paragraph.LineAt(restAt + prior.Index), prior.Value)
            { ComparedYear = Year(prior.Groups["y"]) });
        }
        return excerpt;
    }

    private static int? Year(Group g) => g.Success ? int.Parse(g.Value, CultureInfo.InvariantCulture) : null;

    private static bool IsDecrease(string verb) => verb is "减少" or "下降" or "降低";

    private static bool TryNumber(string number, out decimal value, out int decimals)
    {
        var digits = number.Replace(",", "", StringComparison.Ordinal);
        int point = digits.IndexOf('.', StringComparison.Ordinal);
        decimals = point < 0 ? 0 : digits.Length - point - 1;
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>One to three names with their levels, each with an optional code part: 公共安全支出（204类）司法（06款）.</summary>
    private const string Spec = @"(?:(?<name>\p{IsCJKUnifiedIdeographs}{2,40}?)\s*[（(]\s*(?<code>\d{2,3})?\s*(?<level>类|款|项)\s*[）)]\s*){1,3}";

    /// <summary>An amount: the number (n) and its unit (u).</summary>
    private const string AmountText = @"(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<u>万元|亿元|元)";

    /// <summary>What may stand between a class and its amount: a closing quote, 科目, 支出, 预算, 安排, 为, a colon.</summary>
    private const string Filler = @"\s*[”""」]?\s*(?:科目)?\s*(?:支出|预算数?|安排)?\s*(?:为|：|:)?\s*";

    [GeneratedRegex(Spec)]
    private static partial Regex LevelledSpec();

    [GeneratedRegex(@"[“""「]?(?<spec>" + Spec + ")" + Filler + AmountText)]
    private static partial Regex LevelledItem();

    [GeneratedRegex(@"(?:(?<![\d.,])(?<code>\d{3}(?:\d{2}){0,2})\s*[-－—–]\s*|[\[【](?<code>\d{3}(?:\d{2}){0,2})[\]】]\s*)(?<name>\p{IsCJKUnifiedIdeographs}{2,40})" + Filler + AmountText)]
    private static partial Regex CodedItem();

    [GeneratedRegex(@"(?<name>\p{IsCJKUnifiedIdeographs}{2,40})\s*[（(](?<code>\d{3}(?:\d{2}){0,2})[）)]" + Filler + AmountText)]
    private static partial Regex NameCodeItem();

    [GeneratedRegex(@"[“""「](?<name>\p{IsCJKUnifiedIdeographs}{2,40})[”""」]\s*(?:科目|类)" + Filler + AmountText)]
    private static partial Regex QuotedItem();

    [GeneratedRegex(AmountText)]
    private static partial Regex Amount();

    /// <summary>A change on the year before: 与上年相比增加27.86万元, 比上年执行数减少113.53万元, 较2025年预算增加….</summary>
    [GeneratedRegex(@"(?:比|较|与|同比)\s*(?:上年|上一年|(?<y>(?:19|20)\d{2})\s*年)[^，。；,;\d]{0,12}?(?<verb>增加|减少|增长|下降|降低|上升)\s*" + AmountText)]
    private static partial Regex Change();

    /// <summary>A change in percent: 增长1.2%, 减少13.95%, 下降80.2%.</summary>
    [GeneratedRegex(@"(?<verb>增加|减少|增长|下降|降低|上升)\s*(?<n>\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex Percent();

    /// <summary>No change: 与上年预算数相同, 与2025年持平.</summary>
    [GeneratedRegex(@"(?:比|较|与|同比)\s*(?:上年|上一年|(?<y>(?:19|20)\d{2})\s*年)[^，。；,;\d]{0,8}?(?:相同|持平|一致|无增减)")]
    private static partial Regex Same();

    /// <summary>The year before's figure: 上年预算数为2,314.14万元, 2025年执行数2,314.14万元.</summary>
    [GeneratedRegex(@"(?:上年|上一年|(?<y>(?:19|20)\d{2})\s*年)(?:年初)?(?:预算数|执行数|预算执行数|预算)\s*(?:为|是)?\s*" + AmountText)]
    private static partial Regex Prior();

    /// <summary>The reason: 主要原因是人员经费增加 (to the end of its sentence).</summary>
    [GeneratedRegex(@"(?:主要)?原因(?:是|为)?[：:]?(?<r>[^。]+)")]
    private static partial Regex Reason();
}
