using System.Text.RegularExpressions;
using BudgetModel.Classification;
using BudgetModel.Disclosure;

namespace BudgetModel.Import.Reading;

/// <summary>
/// The explanations of expenditure by economic class (支出经济分类): a class with its code after its name
/// (（1）工资福利支出（301）2,981.28万元，较上年增加117.32万元，增长4.10%; 政府 codes too: 机关工资福利支出（501）), or a 类
/// named alone (（一）工资福利支出911.21万元，占支出预算的54.15%). They are read where a heading or a lead paragraph speaks of
/// 一般公共预算 expenditure by economic class (按照部门预算支出经济分类，本部门当年一般公共预算支出…其中：) or of its basic
/// expenditure (一般公共预算基本支出情况说明); a share is of the total its sentence names (占支出预算的 → 支出总计).
/// </summary>
internal sealed partial class ExplanationReader
{
    private enum EconomicScope
    {
        None,
        GeneralBudget,
        Basic,
    }

    private EconomicScope _economic;

    /// <summary>Takes a heading for the economic explanations: it sets their scope when it names one, and ends it at
    /// another numbered heading.</summary>
    private void EconomicHeading(string heading)
    {
        if (!Amount().IsMatch(heading))
        {
            // A heading with a figure is an item ((一)在职人员经费2,422.61万元…), which may restate a part.
            _parts.Clear();
        }
        if (EconomicScopeOf(heading) is { } scope)
        {
            _economic = scope;
        }
        else if (ProseAssembler.StartsItem(heading) && !heading.Contains("经济", StringComparison.Ordinal))
        {
            _economic = EconomicScope.None;
        }
    }

    /// <summary>The economic scope a heading or a lead sentence names: 一般公共预算基本支出 (basic expenditure; also
    /// 基本支出 alone), 一般公共预算支出 by 经济分类; null when it names neither (财政拨款 alone, another subject).</summary>
    private static EconomicScope? EconomicScopeOf(string text)
    {
        int end = text.AsSpan().IndexOfAny("。：:");
        var sentence = end < 0 ? text : text[..end];
        bool Has(string s) => sentence.Contains(s, StringComparison.Ordinal);
        if (Has("三公") || Has("机关运行") || Has("政府性基金") || Has("国有资本") || Has("收入"))
        {
            return null;
        }
        bool general = Has("一般公共预算");
        if (Has("基本支出") && (general || !Has("财政拨款")))
        {
            return EconomicScope.Basic;
        }
        return general && Has("经济") && Has("分类") ? EconomicScope.GeneralBudget : null;
    }

    /// <summary>Reads the economic classes of <paramref name="paragraph"/>, after the other readers (an item a fact
    /// from <paramref name="firstNew"/> on states already is not read again), in the scope of the headings or of the
    /// paragraph's own lead.</summary>
    internal void ReadEconomicClasses(ProseParagraph paragraph, ImportContext context, List<ProseFact> facts, int firstNew)
    {
        var text = paragraph.Text;
        var catalog = context.ProseCatalog;
        var items = new List<(int Start, Match Amount, EconomicCode? Code, FactTopic? Use)>();
        foreach (Match m in EconomicCodedItem().Matches(text))
        {
            if (EconomicCode.TryParse(m.Groups["code"].Value, out var code) && SameEconomicName(catalog, code, m.Groups["name"].Value))
            {
                items.Add((m.Index, Amount().Match(m.Value, m.Groups["n"].Index - m.Index), code, null));
            }
        }
        foreach (Match m in NamedClassItem().Matches(text))
        {
            if (items.Exists(i => i.Start <= m.Index && m.Index < i.Start + i.Amount.Index + i.Amount.Length))
            {
                continue;
            }
            var name = m.Groups["name"].Value;
            if (EconomicClassNamed(catalog, name) is { } code)
            {
                items.Add((m.Index, Amount().Match(m.Value, m.Groups["n"].Index - m.Index), code, null));
            }
            else if (UseTopic(name) is { } use)
            {
                items.Add((m.Index, Amount().Match(m.Value, m.Groups["n"].Index - m.Index), null, use));
            }
        }
        if (items.Count == 0)
        {
            // A lead paragraph (按照部门预算支出经济分类，本部门当年一般公共预算支出4,005.29万元，其中：) sets the scope of the items under it.
            if (EconomicScopeOf(text) is { } lead)
            {
                _economic = lead;
                ReadLeadTotal(paragraph, lead, facts, firstNew);
            }
            return;
        }
        items.Sort((a, b) => a.Start.CompareTo(b.Start));
        var before = text[..items[0].Start];
        var scope = EconomicScopeOf(before) ?? _economic;
        // 按支出用途分类，包括人员支出…、日常公用支出…、项目支出…: the parts of the expenditure by use, of all funds.
        bool byUse = before.Contains("用途分类", StringComparison.Ordinal);
        FactTopic? economicTopic = scope switch
        {
            EconomicScope.GeneralBudget => FactTopic.GeneralBudgetByEconomicClass,
            EconomicScope.Basic => FactTopic.GeneralBudgetBasicByEconomicClass,
            _ => null,
        };
        for (int i = 0; i < items.Count; i++)
        {
            var (start, amount, code, use) = items[i];
            int end = i + 1 < items.Count ? items[i + 1].Start : text.Length;
            FactSubject? subject = code is { } c && economicTopic is { } t ? new FactSubject(t, Name: catalog.TryGetName(c, out var name) ? name : null, Economic: c)
                : use is { } u && (byUse || (scope == EconomicScope.Basic && u is FactTopic.PersonnelExpenses or FactTopic.PublicExpenses)) ? new FactSubject(u)
                : null;
            if (subject is null || IsStated(facts, firstNew, paragraph.LineAt(start + amount.Index), amount))
            {
                continue;
            }
            if (ReadFigures(paragraph, subject, start, amount, end, facts) is not null)
            {
                ReadShare(paragraph, subject, start + amount.Index + amount.Length, end, facts);
            }
        }
    }

    /// <summary>The total a lead of economic items states (按照部门预算支出经济分类，本部门当年一般公共预算支出4,005.29万元，其中：):
    /// the 一般公共预算 expenditure, or its basic expenditure, that the items under it part; read (with a change stated after
    /// it) unless another reader took the figure, and only when the lead names 一般公共预算.</summary>
    private static void ReadLeadTotal(ProseParagraph paragraph, EconomicScope scope, List<ProseFact> facts, int firstNew)
    {
        var text = paragraph.Text;
        int end = text.AsSpan().IndexOfAny("。：:");
        var lead = end < 0 ? text : text[..end];
        if (!lead.Contains("一般公共预算", StringComparison.Ordinal) || Amount().Match(lead) is not { Success: true } amount
            || IsStated(facts, firstNew, paragraph.LineAt(amount.Index), amount))
        {
            return;
        }
        var subject = new FactSubject(scope == EconomicScope.Basic ? FactTopic.GeneralBudgetBasic : FactTopic.GeneralBudgetCurrentYear);
        ReadFigures(paragraph, subject, 0, amount, lead.Length, facts);
    }

    /// <summary>The topic of a part of the expenditure by use (按支出用途分类): 人员支出 / 人员经费, 日常公用支出 / 公用经费,
    /// 项目支出, 基本支出; null for another name.</summary>
    private static FactTopic? UseTopic(string name) => name switch
    {
        "人员支出" or "人员经费" or "人员经费支出" => FactTopic.PersonnelExpenses,
        "日常公用支出" or "公用支出" or "公用经费" or "日常公用经费" or "公用经费支出" => FactTopic.PublicExpenses,
        "项目支出" => FactTopic.ProjectExpenditure,
        "基本支出" => FactTopic.BasicExpenditure,
        _ => null,
    };

    /// <summary>The share an item states after its amount (占支出预算的54.15%, 占49.4%), of the total the words name:
    /// 一般公共预算 → its current year's expenditure, 基本支出 → 基本支出, 支出预算 / 支出总计 or nothing → 支出总计.</summary>
    private static void ReadShare(ProseParagraph paragraph, FactSubject subject, int from, int end, List<ProseFact> facts)
    {
        var text = paragraph.Text;
        var m = Share().Match(text, from, end - from);
        if (!m.Success || !TryNumber(m.Groups["n"].Value, out var value, out int decimals))
        {
            return;
        }
        var words = m.Groups["base"].Value;
        bool Has(string s) => words.Contains(s, StringComparison.Ordinal);
        FactSubject? baseSubject = Has("一般公共预算") ? new(FactTopic.GeneralBudgetCurrentYear)
            : Has("基本支出") ? new(FactTopic.BasicExpenditure)
            : Has("项目") || Has("人员") || Has("公用") ? null
            : new(FactTopic.TotalExpenditure);
        if (baseSubject is not null)
        {
            facts.Add(new ProseFact(FactKind.Share, subject, value, "%", decimals, paragraph.LineAt(m.Index), m.Value) { Base = baseSubject });
        }
    }

    /// <summary>True when <paramref name="printed"/> names <paramref name="code"/>: the catalog's name or a variant of it
    /// (see <see cref="EconomicKey"/>); a code the catalog lacks is taken as printed.</summary>
    private static bool SameEconomicName(ClassificationCatalog catalog, EconomicCode code, string printed) =>
        !catalog.TryGetName(code, out var known) || EconomicKey(printed).EndsWith(EconomicKey(known), StringComparison.Ordinal);

    /// <summary>The 类 whose name is <paramref name="name"/> or a variant of it: of the 部门 system when one there has it
    /// (对个人和家庭的补助 is 303 and 509: a name alone is read in the system of the basic expenditure table), else of the
    /// 政府 system; null when none or more than one of a system.</summary>
    private static EconomicCode? EconomicClassNamed(ClassificationCatalog catalog, string name)
    {
        var key = EconomicKey(name);
        foreach (var system in (EconomicSystem[])[EconomicSystem.Department, EconomicSystem.Government])
        {
            EconomicCode? found = null;
            int count = 0;
            foreach (var code in catalog.EconomicCodes)
            {
                if (code.Level == EconomicLevel.Class && code.System == system && catalog.TryGetName(code, out var known) && EconomicKey(known) == key)
                {
                    found = code;
                    count++;
                }
            }
            if (count > 0)
            {
                return count == 1 ? found : null;
            }
        }
        return null;
    }

    /// <summary>A name as compared: without 的, a bracketed part (机关资本性支出（一）) and a closing 支出 — 对个人和家庭补助支出
    /// is 对个人和家庭的补助.</summary>
    private static string EconomicKey(string name)
    {
        var key = BracketPart().Replace(name, string.Empty).Replace("的", string.Empty, StringComparison.Ordinal);
        return key.EndsWith("支出", StringComparison.Ordinal) ? key[..^2] : key;
    }

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex BracketPart();

    /// <summary>An economic class with its code after its name: 工资福利支出（301）2,981.28万元, 机关工资福利支出（501）….</summary>
    [GeneratedRegex(@"(?<name>\p{IsCJKUnifiedIdeographs}{2,30})\s*[（(](?<code>[35]\d{2}(?:\d{2})?)[）)]" + Filler + AmountText)]
    private static partial Regex EconomicCodedItem();

    /// <summary>A share after an amount: 占支出预算的54.15%, 占49.4% (base: the words between 占 and the number).</summary>
    [GeneratedRegex(@"^[，,\s]*占(?<base>[^，。；;,\d%％]{0,20}?)(?:的)?(?<n>\d+(?:\.\d+)?)\s*[%％]")]
    private static partial Regex Share();
}
