using System.Text.RegularExpressions;
using BudgetModel.Disclosure;
using BudgetModel.Funding;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Statements of the budget's totals and of its funds that name their subject in their own words, read when the
/// context-driven reading of a sentence (<see cref="ReadSentence"/>) took nothing from it: the unit's own revenue lines
/// (事业收入, 事业单位经营收入, 上级补助收入, 附属单位上缴收入, 其他收入), 上年结转结余 and 年终结转结余, the expenditure
/// lines of a unit with income of its own (事业单位经营支出, 上缴上级支出, 对附属单位补助支出), one figure for both totals
/// (收支总预算, 收入、支出预算总计, 收、支总计各增加), the 财政拨款 and 一般公共预算 expenditure (一般公共预算拨款支出,
/// 一般公共预算当年拨款, 财政拨款预算支出 … 占本年支出合计的100%), the basic expenditure of a fund and the expenditure of
/// 政府性基金 and 国有资本经营预算. Each amount, change (比上年增加 / 与上年相比…增加 / 与上年预算数相同) and share keeps
/// the subject its words name; a figure whose subject cannot be told is left out.
/// </summary>
internal static partial class ProseReader
{
    /// <summary>What the subjects read last in a paragraph are about: a list item that names only a fund
    /// (其中：一般公共预算拨款…) is that fund's revenue under a revenue total, its 财政拨款 under a 财政拨款 total.</summary>
    private enum FundsDomain
    {
        None,
        Revenue,
        Expenditure,
        Fiscal,
    }

    /// <summary>Reads a sentence (starting at <paramref name="start"/> of the paragraph) as statements of totals and
    /// funds (see the type's summary); <paramref name="domain"/> carries what the paragraph's sentences are about from
    /// one sentence to the next. Returns whether a fact was read.</summary>
    private static bool ReadFundStatements(string sentence, int start, ProseParagraph paragraph, List<ProseFact> facts, ref FundsDomain domain)
    {
        if (sentence.Contains("分类", StringComparison.Ordinal))
        {
            // 按支出功能分类，包括… / 按支出用途分类，包括人员支出…: a list of classes or uses, the per-item explanations' (ExplanationReader).
            return false;
        }
        // 收、支总计 / 收入、支出预算总计: one subject, not two clauses (the same length, so offsets keep their lines).
        var text = BothSides().Replace(sentence, m => m.Value.Replace('、', ' '));
        // 预算X，包括A…、B…、C… / 按支出用途分类，包括人员支出…: the parts listed after 包括 are read by the readers of parts
        // (ExplanationReader: breakdowns, economic classes, parts by use), with their total as the base; not as totals here.
        int list = text.IndexOf("包括", StringComparison.Ordinal);
        if (list >= 0 && FigurePattern().Count(text.AsSpan(list)) >= 2)
        {
            text = text[..list];
        }
        int before = facts.Count;
        // 其中：基本支出… after a sentence of one fund's expenditure: the parts are that fund's.
        var fund = Labels.Normalize(sentence).StartsWith("其中", StringComparison.Ordinal) ? FundOf(PreviousSentence(paragraph.Text, start)) : null;
        bool inCause = false;
        int offset = start;
        foreach (var segment in text.Split(['；', ';', '。']))
        {
            int segmentStart = offset;
            offset += segment.Length + 1;
            var body = segment;
            if (inCause && !EndsCause(segment, domain))
            {
                continue;
            }
            inCause = false;
            int cut = CauseStart(body);
            if (cut >= 0)
            {
                body = body[..cut];
                inCause = true;
            }
            ReadFundSegment(body, segmentStart, paragraph, facts, fund, ref domain);
        }
        return facts.Count > before;
    }

    /// <summary>True when a part after a cause (主要原因是…；) is a statement of its own again: it does not go on with the
    /// cause (二是…, 主要…) and its first figure's words name a total or a fund.</summary>
    private static bool EndsCause(string segment, FundsDomain domain)
    {
        var trimmed = Labels.Normalize(segment);
        if (CauseContinuation().IsMatch(trimmed) || FirstLabel(segment) is not { } label)
        {
            return false;
        }
        return FundSubjects(label, domain, head: null) is not null;
    }

    /// <summary>Reads one part of a sentence (between ；/。) clause by clause: the first subject named is the head a
    /// change (比上年增加…) or a percent is of unless the clause names its own.</summary>
    private static void ReadFundSegment(string segment, int offset, ProseParagraph paragraph, List<ProseFact> facts, string? fund, ref FundsDomain domain)
    {
        FactSubject[]? head = null;
        FactSubject[]? last = null;
        FactSubject[]? changed = null;
        bool unnamed = false;
        int clauseStart = offset - 1;
        foreach (var clause in segment.Split(['，', '、']))
        {
            clauseStart++;
            int at = clauseStart;
            clauseStart += clause.Length;
            int labelStart = 0;
            bool any = false;
            foreach (var m in FigurePattern().EnumerateMatches(clause))
            {
                any = true;
                var label = clause[labelStart..m.Index];
                labelStart = m.Index + m.Length;
                var unit = UnitOf(clause.AsSpan(m.Index, m.Length), out var number);
                if (!TryNumber(number, out var value, out int decimals))
                {
                    continue;
                }
                int line = paragraph.LineAt(at + m.Index);
                var excerpt = clause.Trim();
                if (unit == "%")
                {
                    if (label.Contains('占', StringComparison.Ordinal) && (last ?? head) is { } part)
                    {
                        var shareBase = ShareBase(label);
                        foreach (var s in part)
                        {
                            facts.Add(new ProseFact(FactKind.Share, s, value, "%", decimals, line, excerpt) { Base = shareBase });
                        }
                    }
                    else if (ChangeSign(label) is { } sign && (changed ?? (unnamed ? null : head)) is { } of)
                    {
                        foreach (var s in of)
                        {
                            facts.Add(new ProseFact(FactKind.ChangePercent, s, sign * value, "%", decimals, line, excerpt) { ComparedYear = ComparedYearAfterThan(label) });
                        }
                    }
                    continue;
                }
                if (unit is not ("万元" or "元" or "亿元"))
                {
                    continue;
                }
                if (ChangeSign(label) is { } changeSign)
                {
                    // 比上年增加 (the head's), 财政拨款支出增加 / 与上年相比收、支预算总计各增加 (what the words before the verb name).
                    var own = ChangeVerbAtEnd(label) is { } verb ? FundSubjects(AfterComparison(label.TrimEnd()[..^verb.Length]), domain, head, fund) : null;
                    var subjects = own ?? (IsComparison(label) ? (unnamed ? null : head) ?? BudgetOf(label) : null);
                    if (subjects is not null)
                    {
                        foreach (var s in subjects)
                        {
                            facts.Add(new ProseFact(FactKind.ChangeAmount, s, changeSign * value, unit, decimals, line, excerpt) { ComparedYear = ComparedYearAfterThan(label) });
                        }
                        changed = subjects;
                    }
                    continue;
                }
                var named = FundSubjects(label, domain, head, fund);
                if (named is null)
                {
                    unnamed = true;
                    continue;
                }
                foreach (var s in named)
                {
                    facts.Add(new ProseFact(FactKind.Amount, s, value, unit, decimals, line, excerpt));
                }
                head ??= named;
                last = named;
                domain = DomainOf(named[0].Topic, domain);
            }
            if (!any && (last ?? head) is { } same && changed is null && NoChange().IsMatch(clause))
            {
                // 与上年预算数相同 / 与上年持平 / 较上年无增减: a change of 0.
                foreach (var s in same)
                {
                    facts.Add(new ProseFact(FactKind.ChangeAmount, s, 0m, "万元", 0, paragraph.LineAt(at), clause.Trim()));
                }
                changed = same;
            }
        }
    }

    /// <summary>The year a change compares with: the one after 比 / 较 (2026年预算比2025年预算增加 → 2025), else the
    /// label's.</summary>
    private static int? ComparedYearAfterThan(string label)
    {
        int than = label.LastIndexOfAny(['比', '较']);
        return ComparedYear(than >= 0 ? label[than..] : label);
    }

    /// <summary>The sentence of <paramref name="text"/> before the one that starts at <paramref name="start"/>.</summary>
    private static string PreviousSentence(string text, int start)
    {
        int end = start > 0 ? text.LastIndexOfAny(['。', '！', '？'], start - 1) : -1;
        if (end < 0)
        {
            return string.Empty;
        }
        int from = end > 0 ? text.LastIndexOfAny(['。', '！', '？'], end - 1) + 1 : 0;
        return text[from..end];
    }

    /// <summary>The fund a sentence is about: 一般公共预算 or 财政拨款 when it names one of them (一般公共预算 first), else null.</summary>
    private static string? FundOf(string sentence) =>
        sentence.Contains("一般公共预算", StringComparison.Ordinal) ? "一般公共预算"
        : sentence.Contains("财政拨款", StringComparison.Ordinal) ? "财政拨款"
        : null;

    /// <summary>2026年预算比2025年预算增加…: the budget as a whole, both its totals.</summary>
    private static FactSubject[]? BudgetOf(string label)
    {
        int than = label.IndexOfAny(['比', '较']);
        return than > 0 && BareBudget().IsMatch(Labels.Normalize(label[..than])) ? [new(FactTopic.TotalRevenue), new(FactTopic.TotalExpenditure)] : null;
    }

    /// <summary>The words after a comparison (与上年相比收、支预算总计各 → 收、支预算总计各); the label when it has none.</summary>
    private static string AfterComparison(string label)
    {
        int at = label.IndexOf("相比", StringComparison.Ordinal);
        return at >= 0 ? label[(at + 2)..] : label;
    }

    /// <summary>The base of a share (占本年支出合计的100%): the total it names, or null.</summary>
    private static FactSubject? ShareBase(string label)
    {
        var b = Labels.Normalize(label[(label.IndexOf('占', StringComparison.Ordinal) + 1)..]);
        return b.Contains("本年支出", StringComparison.Ordinal) ? new(FactTopic.CurrentYearExpenditure)
            : b.Contains("本年收入", StringComparison.Ordinal) ? new(FactTopic.CurrentYearRevenue)
            : b.Contains("支出", StringComparison.Ordinal) && (b.Contains("总计", StringComparison.Ordinal) || b.Contains("总支出", StringComparison.Ordinal)) ? new(FactTopic.TotalExpenditure)
            : b.Contains("收入", StringComparison.Ordinal) && (b.Contains("总计", StringComparison.Ordinal) || b.Contains("总收入", StringComparison.Ordinal)) ? new(FactTopic.TotalRevenue)
            : null;
    }

    private static FundsDomain DomainOf(FactTopic topic, FundsDomain current) => topic switch
    {
        FactTopic.TotalRevenue or FactTopic.CurrentYearRevenue or FactTopic.CarryOverRevenue or FactTopic.RevenueBySource or FactTopic.UnitFundsRevenue => FundsDomain.Revenue,
        FactTopic.FiscalAppropriationTotal or FactTopic.FiscalCurrentYear or FactTopic.FiscalCarryOver or FactTopic.FiscalBySource => FundsDomain.Fiscal,
        FactTopic.TotalExpenditure or FactTopic.BasicExpenditure or FactTopic.ProjectExpenditure or FactTopic.YearEndCarryForward or FactTopic.OtherExpenditureLine
            or FactTopic.GeneralBudgetCurrentYear or FactTopic.GeneralBudgetBasic or FactTopic.FiscalBasicExpenditure => FundsDomain.Expenditure,
        _ => current,
    };

    /// <summary>The subjects the words before a figure name as a total or a fund's figure (see the type's summary), or
    /// null. A list item that names only a fund (一般公共预算拨款) takes its kind from <paramref name="domain"/> when a
    /// head was read before it.</summary>
    private static FactSubject[]? FundSubjects(string label, FundsDomain domain, FactSubject[]? head, string? fund = null)
    {
        var l = Labels.Normalize(label);
        int comma = l.LastIndexOf(',');
        l = l[(comma + 1)..];
        l = l.StartsWith("其中", StringComparison.Ordinal) ? l[2..].TrimStart(':') : l;
        l = Labels.StripOrdinal(l).TrimEnd('为', '是', ':', '各', '的');
        l = l.EndsWith("合计", StringComparison.Ordinal) ? l[..^2] : l;
        int colon = l.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            // 收入预算:2026年年初预算数 — the words before the colon name the subject when those after it only name a year.
            l = YearOnly().IsMatch(l[(colon + 1)..]) ? l[..colon] : l[(colon + 1)..];
        }
        if (l.Length == 0)
        {
            return null;
        }
        bool Has(string s) => l.Contains(s, StringComparison.Ordinal);
        if (Has("费") || Has("采购") || Has("三公") || Has("绩效"))
        {
            // 一般公共预算拨款安排的会议费预算支出, 委托业务费财政拨款预算: a cost of the fund, not the fund's expenditure.
            return null;
        }
        bool ownFund = Has("一般公共预算") || Has("财政拨款") || Has("基金") || Has("资本");
        bool general = Has("一般公共预算") || (!ownFund && fund == "一般公共预算");
        bool fiscal = (Has("财政拨款") && !general) || (!ownFund && fund == "财政拨款");
        if (Has("年终结转"))
        {
            return [new(FactTopic.YearEndCarryForward)];
        }
        if (Has("上年结转"))
        {
            return fiscal ? [new(FactTopic.FiscalCarryOver)] : general ? null : [new(FactTopic.CarryOverRevenue)];
        }
        if (UnitFundsKindAtEnd(l) is { } kind)
        {
            return [new(FactTopic.UnitFundsRevenue, Name: FundingLabels.GetLabel(kind))];
        }
        foreach (var line in OtherExpenditureLines)
        {
            if (l.EndsWith(line, StringComparison.Ordinal))
            {
                return [new(FactTopic.OtherExpenditureLine, Name: line)];
            }
        }
        if (Has("收支") && (Has("总预算") || Has("总计") || Has("预算")))
        {
            return fiscal ? [new(FactTopic.FiscalAppropriationTotal)] : general ? null : [new(FactTopic.TotalRevenue), new(FactTopic.TotalExpenditure)];
        }
        if (!NamesOnlyTheFund(l))
        {
            // 一般公共预算拨款安排的…, 财政拨款运行经费: something paid from the fund, not the fund's figure.
            return null;
        }
        if (Has("基本支出"))
        {
            return general ? [new(FactTopic.GeneralBudgetBasic)] : fiscal ? [new(FactTopic.FiscalBasicExpenditure)] : IsKindOfExpenditure(l, "基本支出") ? [new(FactTopic.BasicExpenditure)] : null;
        }
        if (Has("项目支出"))
        {
            return !general && !fiscal && IsKindOfExpenditure(l, "项目支出") ? [new(FactTopic.ProjectExpenditure)] : null;
        }
        if (head is not null && domain is FundsDomain.Revenue or FundsDomain.Fiscal && SourceAtEnd(l) is { } listed)
        {
            // 其中：一般公共预算拨款4,005.29万元 under a revenue total; 财政补助收入 under 财政拨款.
            return [domain == FundsDomain.Revenue ? new(FactTopic.RevenueBySource, Source: listed) : new(FactTopic.FiscalBySource, Source: listed)];
        }
        bool expenditure = Has("支出") || Has("当年拨款");
        if (general)
        {
            return expenditure ? [new(FactTopic.GeneralBudgetCurrentYear)]
                : Has("收入") && SourceAtEnd(l) is { } own ? [new(FactTopic.RevenueBySource, Source: own)] : null;
        }
        if (Has("政府性基金"))
        {
            return expenditure ? [new(FactTopic.GovernmentFundBudget)] : null;
        }
        if (Has("国有资本经营"))
        {
            return expenditure ? [new(FactTopic.StateCapitalBudget)] : null;
        }
        if ((domain == FundsDomain.Fiscal || fiscal) && head is null && !Has("支出") && !Has("收入") && (Has("当年预算") || Has("当年拨款") || Has("本年预算")))
        {
            // 2026年财政拨款收入…。其中当年预算1682.76万元: the 财政拨款 of this year.
            return [new(FactTopic.FiscalCurrentYear)];
        }
        if (fiscal)
        {
            return Has("收入") || Has("支出") || Has("预算") ? [new(FactTopic.FiscalAppropriationTotal)] : null;
        }
        if (Has("支出总计"))
        {
            return [new(FactTopic.TotalExpenditure)];
        }
        if (Has("收入总计"))
        {
            return [new(FactTopic.TotalRevenue)];
        }
        return BudgetTotalOf(l) switch
        {
            Context.RevenueTotal => [new(FactTopic.TotalRevenue)],
            Context.ExpenditureTotal => [new(FactTopic.TotalExpenditure)],
            _ => null,
        };
    }

    /// <summary>True when a label names the budget's basic or project expenditure (<paramref name="kind"/>) as a whole:
    /// the kind alone after a year (基本支出, 2026年项目支出) or as a budget (长春市信访局项目支出预算) — not one project's
    /// (安检服务项目支出) nor a fund's (政府性基金项目支出).</summary>
    private static bool IsKindOfExpenditure(string label, string kind) =>
        !label.Contains("基金", StringComparison.Ordinal) && !label.Contains("资本", StringComparison.Ordinal)
        && (label.EndsWith(kind + "预算", StringComparison.Ordinal) || YearPrefix().Replace(label, string.Empty) == kind);

    /// <summary>A year a label starts with: 2026年, 2026年度.</summary>
    [GeneratedRegex(@"^(?:19|20)\d{2}年度?")]
    private static partial Regex YearPrefix();

    /// <summary>True when the words after the last fund a label names (一般公共预算, 财政拨款, 政府性基金, 国有资本经营) only say
    /// which of its figures is meant (拨款支出, 当年拨款, 财政拨款基本支出预算, 收入): 一般公共预算拨款安排的会议费 names something
    /// paid from the fund. True for a label that names no fund.</summary>
    private static bool NamesOnlyTheFund(string label)
    {
        int end = -1;
        foreach (var fund in FundWords)
        {
            int at = label.LastIndexOf(fund, StringComparison.Ordinal);
            end = at >= 0 ? Math.Max(end, at + fund.Length) : end;
        }
        if (end < 0)
        {
            return true;
        }
        var tail = label[end..];
        foreach (var word in FigureWords)
        {
            tail = tail.Replace(word, string.Empty, StringComparison.Ordinal);
        }
        return tail.Length == 0;
    }

    private static readonly string[] FundWords = ["一般公共预算", "财政拨款", "政府性基金", "国有资本经营"];

    /// <summary>The words that say which figure of a fund a label means; 基本支出 before 支出.</summary>
    private static readonly string[] FigureWords = ["基本支出", "(补助)", "补助", "当年", "本年", "财政", "拨款", "支出", "收入", "预算", "安排", "总额", "资金", "数", "的"];

    /// <summary>The kind of unit funds a label ends with (（5）事业收入, 事业收入资金, 其他收入), the longest ending first; null
    /// when it ends with none.</summary>
    private static UnitFundsKind? UnitFundsKindAtEnd(string label)
    {
        var l = label.EndsWith("资金", StringComparison.Ordinal) ? label[..^2] : label;
        if (!l.EndsWith("收入", StringComparison.Ordinal))
        {
            return null;
        }
        for (int start = 0; start < l.Length; start++)
        {
            if (FundingLabels.TryParseUnitFundsKind(l.AsSpan(start), out var kind))
            {
                return kind;
            }
        }
        return null;
    }

    /// <summary>The expenditure lines of a unit with income of its own, besides its basic and project expenditure.</summary>
    private static readonly string[] OtherExpenditureLines = ["事业单位经营支出", "上缴上级支出", "对附属单位补助支出"];

    /// <summary>收、支 / 收入、支出: the two sides of one total.</summary>
    [GeneratedRegex(@"收、支|收入、支出")]
    private static partial Regex BothSides();

    /// <summary>A part that goes on with a cause: 二是…, 主要…, 同时…, 其中….</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]是|主要|同时|另外|此外|其中|由于|因|导致)")]
    private static partial Regex CauseContinuation();

    /// <summary>The budget as a whole, named by its year: 2026年预算, 本年度预算, 2026年部门预算.</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年度?|本年度?)(?:部门|单位)?预算$")]
    private static partial Regex BareBudget();

    /// <summary>Words that only name a year's budget figure: 2026年年初预算数, 2026年预算.</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}年度?)?(?:年初)?预算数?$")]
    private static partial Regex YearOnly();

    /// <summary>A statement that a figure did not change: 与上年预算数相同, 与上年持平, 较上年无增减.</summary>
    [GeneratedRegex(@"(?:与|较|比)上年.*(?:相同|持平|无增减)")]
    private static partial Regex NoChange();
}
