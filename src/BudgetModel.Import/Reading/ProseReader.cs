using System.Globalization;
using System.Text.RegularExpressions;
using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;

namespace BudgetModel.Import.Reading;

/// <summary>
/// Reads the figures the prose states (情况说明, 政府采购, 绩效管理, 国有资产): amounts, shares (占 x%), changes on last
/// year (比上年增加 / 比2023年减少 / 与上年预算数相同, 增长 x% / 下降 x%), counts, floor area. Each sentence is read in
/// the context its line sets (预算收入总计, 财政拨款收支总预算, 政府采购 …); a figure whose subject cannot be told is
/// left out rather than guessed.
/// </summary>
internal static partial class ProseReader
{
    private enum Context
    {
        None,
        RevenueTotal,
        ExpenditureTotal,
        RevenueStructure,
        ExpenditureStructure,
        Fiscal,
        GeneralBudget,
        Basic,
        ThreePublic,
        Operating,
        Procurement,
        Performance,
        Assets,
        Meetings,
        Commissioned,
        FixedAssets,
    }

    /// <summary>Reads the facts of one paragraph (<see cref="ProseParagraph"/>) sentence by sentence (to 。！？); each
    /// fact keeps the line of its figure. A sentence is read in the context it names (机关运行经费, 政府采购 …); one that
    /// names none continues the context of the sentence before it, the first one takes the paragraph's, and failing
    /// that the heading's the paragraph stands under.</summary>
    internal static void Read(ProseParagraph paragraph, ImportContext context, List<ProseFact> facts)
    {
        var text = paragraph.Text;
        // Statements of absence (本部门无政府性基金预算) carry no figure; every other statement needs one.
        bool figures = FigurePattern().IsMatch(text) || text.Contains("相同", StringComparison.Ordinal);
        var previous = Context.None;
        Context? whole = null;
        bool expenditureList = false;
        FactSubject? lead = null;
        var funds = FundsDomain.None;
        int start = 0;
        while (start < text.Length)
        {
            int end = text.AsSpan(start).IndexOfAny('。', '！', '？');
            end = end < 0 ? text.Length : start + end + 1;
            var sentence = text[start..end];
            int line = paragraph.LineAt(start);
            int factsBefore = facts.Count;
            ReadAbsences(sentence, line, facts);
            if (!figures)
            {
                start = end;
                continue;
            }
            if (ReadProjectList(sentence, start, paragraph, facts))
            {
                start = end;
                continue;
            }
            var ctx = ContextOf(sentence);
            if (ctx == Context.None && FirstLabel(sentence) is { } ownLabel)
            {
                // 2026年度收入预算32852.05万元，比…: the budget's total, named by the sentence itself.
                ctx = BudgetTotalOf(ownLabel);
            }
            if (ctx == Context.None)
            {
                ctx = previous != Context.None ? previous : whole ??= ContextOf(text);
            }
            FactSubject? headingLead = null;
            if (ctx == Context.None && paragraph.Heading is { } heading)
            {
                // Under a heading that names the subject (一、2026年“三公”经费预算情况说明): （三）公务接待费0.50万元….
                ctx = ContextOf(heading);
                // A heading that names the item ((一)因公出国（境）经费) is the subject of an amount whose words name none
                // (2026年预算安排0.00万元，与上年持平).
                headingLead = ctx == Context.ThreePublic ? ThreePublicSubject(Labels.Normalize(heading), "万元") : null;
            }
            if (ctx == Context.None && IsRevenueOfFund(Labels.StripOrdinal(sentence.TrimStart())))
            {
                // Nothing before names the subject: （1）一般公共预算拨款收入4,651.67万元，与上年相比… is that fund's revenue.
                ctx = Context.RevenueStructure;
            }
            previous = ctx;
            if (ctx == Context.ThreePublic && !FigurePattern().IsMatch(sentence))
            {
                // （一）因公出国（境）费用。2026年预算数173.52万元…: a sentence that only names an item leads the next one.
                lead = ThreePublicSubject(Labels.Normalize(sentence), "万元");
                start = end;
                continue;
            }
            if (!ReadAssets(sentence, ctx, line, facts))
            {
                ReadCounts(sentence, ctx, line, facts);
                ReadCoverageCounts(sentence, ctx, line, facts);
                if (ctx != Context.None)
                {
                    expenditureList = ReadSentence(sentence, start, ctx, expenditureList, paragraph, context, facts, lead ?? headingLead);
                }
            }
            if (facts.Count == factsBefore)
            {
                // Nothing read in the sentence's context: statements of totals and funds that name their own subject.
                ReadFundStatements(sentence, start, paragraph, facts, ref funds);
            }
            lead = null;
            start = end;
        }
    }

    /// <summary>Reads one sentence that starts at <paramref name="start"/> of the paragraph, in its context; returns
    /// whether a list of expenditure classes has begun. <paramref name="lead"/> is the item the sentence before named
    /// without a figure: the subject of this sentence's first amount when its words name none.</summary>
    private static bool ReadSentence(string text, int start, Context ctx, bool expenditureList, ProseParagraph paragraph, ImportContext context, List<ProseFact> facts, FactSubject? lead = null)
    {
        if (!FigurePattern().IsMatch(text) && !text.Contains("相同", StringComparison.Ordinal))
        {
            return expenditureList;
        }
        int cut = CauseStart(text);
        string? cause = null;
        string? rest = null;
        int restStart = 0;
        if (cut >= 0)
        {
            // The cause runs on over its parts (；) until a part that names a context of its own: that is a statement
            // of its own (…，主要原因是…；2024年…列入年初预算；本年单位预算支出总计…).
            int causeEnd = CauseEnd(text, cut);
            if (causeEnd >= 0)
            {
                rest = text[(causeEnd + 1)..];
                restStart = start + causeEnd + 1;
                cause = text[cut..causeEnd];
            }
            else
            {
                cause = text[cut..];
            }
            text = text[..cut];
        }
        FactSubject? baseSubject = ctx switch
        {
            Context.RevenueStructure => new FactSubject(FactTopic.TotalRevenue),
            Context.ExpenditureStructure => new FactSubject(FactTopic.TotalExpenditure),
            Context.GeneralBudget => new FactSubject(FactTopic.GeneralBudgetCurrentYear),
            Context.Performance => new FactSubject(FactTopic.ProjectExpenditure),
            Context.ThreePublic => new FactSubject(FactTopic.ThreePublicTotal),
            Context.Procurement => new FactSubject(FactTopic.ProcurementTotal),
            Context.FixedAssets => new FactSubject(FactTopic.FixedAssets),
            _ => null,
        };
        int offset = start;
        foreach (var segment in text.Split(['；', ';', '。']))
        {
            // A part limited to one fund (其中一般公共预算拨款政府采购504.98万元：货物…) is read as that fund's: its subjects carry the fund.
            expenditureList = ReadSegment(segment, ctx, baseSubject, expenditureList, paragraph, offset, context, facts, lead);
            lead = null;
            offset += segment.Length + 1;
        }
        if (cause is not null)
        {
            ReadCause(cause, ctx, paragraph, start + cut, facts);
        }
        if (rest is { Length: > 0 })
        {
            var restContext = ContextOf(rest);
            expenditureList = ReadSentence(rest, restStart, restContext == Context.None ? ctx : restContext, expenditureList, paragraph, context, facts);
        }
        return expenditureList;
    }

    /// <summary>Reads one segment (between ；/。) that starts at <paramref name="offset"/> of the paragraph; returns
    /// whether a list of expenditure classes has begun. <paramref name="lead"/>: the subject of the first amount when its
    /// words name none (see <see cref="ReadSentence"/>).</summary>
    private static bool ReadSegment(string segment, Context ctx, FactSubject? baseSubject, bool afterExpenditureList, ProseParagraph paragraph, int offset, ImportContext context, List<ProseFact> facts, FactSubject? lead = null)
    {
        FactSubject? head = null;
        FactSubject? last = null;
        int? comparedYear = null;
        bool priorStated = false;
        // An amount whose subject cannot be told came after the head (支出预算18037万元，其中：财政拨款支出预算17883万元，比2025年
        // 预算增加156万元): a change that follows is of that amount, not the head's, and is left out.
        bool unnamed = false;
        // The head's amount, and a comparison stated without a verb (比上年1.43万元，增加0.68%): a change when the percent confirms it.
        (decimal Value, string Unit)? headAmount = null;
        (decimal Value, string Unit, int Decimals, int Line, string Excerpt)? bare = null;
        int clauseStart = offset - 1;
        foreach (var clause in segment.Split(['，', '、']))
        {
            clauseStart++;
            int at = clauseStart;
            clauseStart += clause.Length;
            if (clause.Contains("支出包括", StringComparison.Ordinal) || clause.Contains("主要用于", StringComparison.Ordinal))
            {
                afterExpenditureList = true;
            }
            bool any = false;
            int labelStart = 0;
            foreach (var m in FigurePattern().EnumerateMatches(clause))
            {
                any = true;
                var label = clause[labelStart..m.Index];
                labelStart = m.Index + m.Length;
                var figure = clause.AsSpan(m.Index, m.Length);
                var unit = UnitOf(figure, out var number);
                if (!TryNumber(number, out var value, out int decimals))
                {
                    continue;
                }
                var excerpt = clause.Trim();
                int line = paragraph.LineAt(at + m.Index);
                if (unit == "%")
                {
                    if (label.Contains('占', StringComparison.Ordinal) && last is not null)
                    {
                        facts.Add(new ProseFact(FactKind.Share, last, value, "%", decimals, line, excerpt) { Base = baseSubject });
                    }
                    else if (ChangeSign(label) is { } sign && (unnamed ? null : head ?? last) is { } changed)
                    {
                        if (bare is { } b && headAmount is { } current && current.Unit == b.Unit && ConfirmsChange(current.Value, b.Value, sign, value, decimals))
                        {
                            facts.Add(new ProseFact(FactKind.ChangeAmount, changed, sign * b.Value, b.Unit, b.Decimals, b.Line, b.Excerpt) { ComparedYear = comparedYear });
                        }
                        bare = null;
                        facts.Add(new ProseFact(FactKind.ChangePercent, changed, sign * value, "%", decimals, line, excerpt) { ComparedYear = ComparedYear(label) ?? comparedYear });
                    }
                    continue;
                }
                if (IsComparison(label) && ChangeSign(label) is null && PriorFigureLabel().IsMatch(label) && (unnamed ? null : head ?? last) is { } priorOf)
                {
                    // 比2025年年初预算数30385.62万元增加2466.43万元: the year before's figure, then the change on it.
                    comparedYear = ComparedYear(label);
                    priorStated = true;
                    facts.Add(new ProseFact(FactKind.PriorYearAmount, priorOf, value, unit, decimals, line, excerpt) { ComparedYear = comparedYear });
                    continue;
                }
                if (unit is "万元" or "元" or "亿元" && PriorYearOf(label, context.BudgetYear) is { } priorYear && (unnamed ? null : head ?? last) is { } priorSubject)
                {
                    // 2025年预算数为9.23万元 after this year's amount: the year before's figure of the same subject.
                    comparedYear = priorYear == 0 ? null : priorYear;
                    priorStated = true;
                    facts.Add(new ProseFact(FactKind.PriorYearAmount, priorSubject, value, unit, decimals, line, excerpt) { ComparedYear = comparedYear });
                    continue;
                }
                if (priorStated && ChangeSign(label) is { } bareSign && label.Trim() is "增加" or "减少" or "增长" or "下降" or "降低" or "上升" && (unnamed ? null : head ?? last) is { } bareChanged)
                {
                    facts.Add(new ProseFact(FactKind.ChangeAmount, bareChanged, bareSign * value, unit, decimals, line, excerpt) { ComparedYear = comparedYear });
                    continue;
                }
                if (IsComparison(label))
                {
                    if (ChangeSign(label) is { } sign && (unnamed ? null : head ?? last) is { } changed)
                    {
                        comparedYear = ComparedYear(label);
                        facts.Add(new ProseFact(FactKind.ChangeAmount, changed, sign * value, unit, decimals, line, excerpt) { ComparedYear = comparedYear });
                    }
                    else if (ChangeSign(label) is null && unit is "万元" or "元" or "亿元")
                    {
                        comparedYear = ComparedYear(label);
                        bare = (value, unit, decimals, line, excerpt);
                    }
                    continue;
                }
                if (ChangeVerbAtEnd(label) is { } verb && ChangeSign(verb) is { } changeSign)
                {
                    // 主要是基本支出增加659.75万元: the change of what is named before the verb, not its amount.
                    if (SubjectOf(Labels.Normalize(label.TrimEnd()[..^verb.Length]), unit, ctx, afterExpenditureList, head, context.Catalog) is { } changedSubject)
                    {
                        facts.Add(new ProseFact(FactKind.ChangeAmount, changedSubject, changeSign * value, unit, decimals, line, excerpt) { ComparedYear = comparedYear });
                    }
                    continue;
                }
                var subject = ctx == Context.Performance
                    ? PerformanceSubject(Labels.Normalize(label), unit, head, segment)
                    : SubjectOf(Labels.Normalize(label), unit, ctx, afterExpenditureList, head, context.Catalog);
                if (subject is null && head is null && lead is not null && unit is "万元" or "元" or "亿元" && NamesNothing().IsMatch(Labels.Normalize(label)))
                {
                    // Only words of time and budget before the amount (2026年预算安排0.00万元): the item named before is its
                    // subject. Words that name something else (事业单位经营收入0万元) are not that item's.
                    subject = lead;
                }
                if (subject is null)
                {
                    unnamed |= unit is "万元" or "元" or "亿元";
                    continue;
                }
                var kind = unit is "万元" or "元" or "亿元" ? FactKind.Amount : unit is "平方米" ? FactKind.Quantity : FactKind.Count;
                facts.Add(new ProseFact(kind, subject, value, unit, decimals, line, excerpt));
                if (head is null && kind == FactKind.Amount)
                {
                    headAmount = (value, unit);
                }
                head ??= subject;
                last = subject;
            }
            if (!any && last is not null && IsNoChange(clause))
            {
                facts.Add(new ProseFact(FactKind.ChangeAmount, last, 0m, "万元", 0, paragraph.LineAt(at), clause.Trim()));
            }
        }
        return afterExpenditureList;
    }

    /// <summary>
    /// The explanation after 主要原因 / 原因是: the amounts it names are projects (新增项目国有企业资产整合重组费用230.65万元),
    /// a 结转 amount belongs to the project named before it, and 2023年退休2人 is a count of retirements.
    /// </summary>
    private static void ReadCause(string cause, Context ctx, ProseParagraph paragraph, int offset, List<ProseFact> facts)
    {
        foreach (Match r in Retirements().Matches(cause))
        {
            if (CellChars.WholeNumber(r.Groups[2].ValueSpan) is { } retired)
            {
                facts.Add(new ProseFact(FactKind.Count, new FactSubject(FactTopic.Other, Name: r.Groups[1].Value + "年退休人员"),
                    retired, "人", 0, paragraph.LineAt(offset + r.Index), r.Value));
            }
        }
        if (ctx is not (Context.RevenueTotal or Context.ExpenditureTotal))
        {
            return;
        }
        string? project = null;
        int from = 0;
        foreach (var m in FigurePattern().EnumerateMatches(cause))
        {
            var label = cause[from..m.Index];
            from = m.Index + m.Length;
            var figure = cause.AsSpan(m.Index, m.Length);
            if (UnitOf(figure, out var number) != "万元")
            {
                continue;
            }
            int boundary = label.LastIndexOfAny(['；', ';', '，', '。']);
            label = label[(boundary + 1)..].TrimStart('、', ' ');
            foreach (var prefix in CausePrefixes)
            {
                if (label.StartsWith(prefix, StringComparison.Ordinal))
                {
                    label = label[prefix.Length..];
                }
            }
            if (label.Length == 0 || !TryNumber(number, out var value, out int decimals))
            {
                continue;
            }
            FactSubject subject;
            if (label.Contains("结转", StringComparison.Ordinal))
            {
                subject = new FactSubject(ctx == Context.RevenueTotal ? FactTopic.CarryOverRevenue : FactTopic.CarryOverExpenditure, Name: project);
            }
            else
            {
                project = label;
                subject = new FactSubject(FactTopic.Project, Name: label);
            }
            facts.Add(new ProseFact(FactKind.Amount, subject, value, "万元", decimals, paragraph.LineAt(offset + m.Index), string.Concat(label, figure)));
        }
    }

    /// <summary>The position of the ；that ends a cause starting at <paramref name="cut"/>: the first one after which
    /// the next part names a context (<see cref="ContextOf"/>); -1 when the cause runs to the end.</summary>
    private static int CauseEnd(string text, int cut)
    {
        int at = cut;
        while (true)
        {
            int semicolon = text.AsSpan(at).IndexOfAny('；', ';');
            if (semicolon < 0)
            {
                return -1;
            }
            semicolon += at;
            int next = text.AsSpan(semicolon + 1).IndexOfAny('；', ';');
            var part = next < 0 ? text[(semicolon + 1)..] : text.Substring(semicolon + 1, next);
            if (ContextOf(part) != Context.None)
            {
                return semicolon;
            }
            at = semicolon + 1;
        }
    }

    private static readonly string[] CausePrefixes = ["主要原因是", "主要原因", "原因是", "上年新增项目", "新增项目", "其中：", "其中:"];

    /// <summary>Splits a <see cref="FigurePattern"/> match into its number (group n: digits, commas, a point) and its
    /// unit (group u), returned as the pattern's own literal, so that no string is made. No unit contains a digit,
    /// a comma or a point, so the number is the match's leading run of them.</summary>
    private static string UnitOf(ReadOnlySpan<char> figure, out ReadOnlySpan<char> number)
    {
        int n = 0;
        while (n < figure.Length && (char.IsDigit(figure[n]) || figure[n] is ',' or '.'))
        {
            n++;
        }
        number = figure[..n];
        return figure[n..] switch
        {
            "万元" => "万元",
            "亿元" => "亿元",
            "元" => "元",
            "%" => "%",
            "个" => "个",
            "辆" => "辆",
            "平方米" => "平方米",
            "台（套）" => "台（套）",
            "台(套)" => "台(套)",
            "台" => "台",
            var other => other.ToString(),
        };
    }

    /// <summary>The number of a <see cref="FigurePattern"/> match (group n) as stated (a share, a count or an amount,
    /// so a plain decimal rather than <see cref="Money"/>), with the decimal places it is stated to.</summary>
    private static bool TryNumber(ReadOnlySpan<char> number, out decimal value, out int decimals)
    {
        Span<char> buffer = stackalloc char[64];
        scoped ReadOnlySpan<char> digits = number;
        if (number.Contains(',') && number.Length <= buffer.Length)
        {
            int k = 0;
            foreach (char c in number)
            {
                if (c != ',')
                {
                    buffer[k++] = c;
                }
            }
            digits = buffer[..k];
        }
        else if (number.Contains(','))
        {
            digits = number.ToString().Replace(",", "", StringComparison.Ordinal);
        }
        int point = digits.IndexOf('.');
        decimals = point < 0 ? 0 : digits.Length - point - 1;
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static Context ContextOf(string t)
    {
        bool Has(string s) => t.Contains(s, StringComparison.Ordinal);
        if (TopicContextOf(t) is { } topic) return topic;
        if (Has("预算收入总计") || Has("收入预算总计") || Has("收入预算合计") || Has("本年收入合计")) return Context.RevenueTotal;
        if (Has("预算支出总计") || Has("支出预算总计") || Has("本年支出合计")) return Context.ExpenditureTotal;
        if (Has("财政拨款收支总预算") || Has("财政拨款收、支总预算")) return Context.Fiscal;
        if (Has("预算收入") && Has("主要包括")) return Context.RevenueStructure;
        if (Has("支出预算") && Has("基本支出") && Has("项目支出")) return Context.ExpenditureStructure;
        if (Has("一般公共预算当年支出")) return Context.GeneralBudget;
        var unnumbered = Labels.StripOrdinal(Labels.Normalize(t));
        // 基本支出预算25218.54万元，占本年支出预算76.76%: a sentence about one of the two kinds of the expenditure budget.
        if (unnumbered.StartsWith("基本支出预算", StringComparison.Ordinal) || unnumbered.StartsWith("项目支出预算", StringComparison.Ordinal)) return Context.ExpenditureStructure;
        if (Has("一般公共预算安排基本支出") || unnumbered.StartsWith("人员经费", StringComparison.Ordinal) || unnumbered.StartsWith("公用经费", StringComparison.Ordinal)) return Context.Basic;
        if (Has("三公") || Has("因公出国")) return Context.ThreePublic;
        if (Has("机关运行经费") && Has("预算")) return Context.Operating;
        // 公务接待 or 公务用车 costs name the 三公 explanation, unless the sentence lists other costs too (办公费, 差旅费 …: 公用经费).
        if (!Has("公用经费") && !Has("办公费") && !Has("差旅费") && !Has("印刷费") && (Has("公务接待") || (Has("公务用车") && (Has("运行") || (Has("购置") && Has("万元")))))) return Context.ThreePublic;
        if (Has("政府采购")) return Context.Procurement;
        if (Has("绩效目标")) return Context.Performance;
        if (Has("公务用车") || Has("建筑总面积") || Has("通用设备")) return Context.Assets;
        return Context.None;
    }

    private static FactSubject? SubjectOf(string label, string unit, Context ctx, bool expenditureList, FactSubject? head, ClassificationCatalog catalog)
    {
        bool Has(string s) => label.Contains(s, StringComparison.Ordinal);
        label = label.StartsWith("其中:", StringComparison.Ordinal) ? label[3..] : label;
        switch (ctx)
        {
            case Context.RevenueTotal:
                if (Has("收入总计") || Has("收入预算总计") || Has("收入预算合计")) return new(FactTopic.TotalRevenue);
                if (head is null && BudgetTotalOf(label) == Context.RevenueTotal) return new(FactTopic.TotalRevenue);
                if (Has("本年收入")) return new(FactTopic.CurrentYearRevenue);
                if (Has("上年结转")) return new(FactTopic.CarryOverRevenue);
                return null;
            case Context.ExpenditureTotal:
                if (Has("支出总计") || Has("支出预算总计")) return new(FactTopic.TotalExpenditure);
                if (head is null && BudgetTotalOf(label) == Context.ExpenditureTotal) return new(FactTopic.TotalExpenditure);
                if (Has("本年预算安排") || Has("本年支出")) return new(FactTopic.CurrentYearExpenditure);
                if (Has("上年结转")) return new(FactTopic.CarryOverExpenditure);
                return null;
            case Context.RevenueStructure:
                // 上年结转结余的一般公共预算收入 is the carry-over of one fund, which no figure of the tables restates.
                if (Has("上年结转")) return SourceAtEnd(label) is null or FundSource.CarryOver ? new(FactTopic.CarryOverRevenue) : null;
                // The fund first: 一般公共预算收入 is that fund's revenue, 预算收入 alone the total.
                if (SourceAtEnd(label) is { } source) return new(FactTopic.RevenueBySource, Source: source);
                if (head is null && Has("预算收入")) return new(FactTopic.TotalRevenue);
                return null;
            case Context.ExpenditureStructure:
                if (Has("基本支出")) return new(FactTopic.BasicExpenditure);
                if (Has("项目支出")) return new(FactTopic.ProjectExpenditure);
                if (head is null && Has("支出预算")) return new(FactTopic.TotalExpenditure);
                return null;
            case Context.Fiscal:
                // 财政拨款收、支总预算 reaches here as 支总预算 (the clause is cut at 、).
                if (Has("财政拨款收支总预算") || (head is null && Has("总预算"))) return new(FactTopic.FiscalAppropriationTotal);
                if (Has("当年拨款")) return new(FactTopic.FiscalCurrentYear);
                if (Has("上年结转")) return new(FactTopic.FiscalCarryOver);
                if (expenditureList) return ClassSubject(FactTopic.FiscalExpenditureByClass, label, catalog);
                if (SourceAtEnd(label) is { } fiscalSource) return new(FactTopic.FiscalBySource, Source: fiscalSource);
                return null;
            case Context.GeneralBudget:
                if (Has("一般公共预算当年支出")) return new(FactTopic.GeneralBudgetCurrentYear);
                return expenditureList ? ClassSubject(FactTopic.GeneralBudgetByClass, label, catalog) : null;
            case Context.Basic:
                if (Has("人员经费")) return new(FactTopic.PersonnelExpenses);
                if (Has("公用经费")) return new(FactTopic.PublicExpenses);
                if (Has("基本支出")) return new(FactTopic.BasicExpenditure);
                return null;
            case Context.ThreePublic:
                return ThreePublicSubject(label, unit);
            case Context.Operating:
                return OperatingLabel().IsMatch(label) && !Has("车") ? new(FactTopic.OperatingExpenses) : null;
            case Context.Meetings or Context.Commissioned or Context.FixedAssets:
                return TopicSubject(label, unit, ctx, head);
            case Context.Procurement:
                return ProcurementSubject(label, unit, head);
            case Context.Performance:
                return PerformanceSubject(label, unit, head, label);
            default:
                return null;
        }
    }

    /// <summary>The words of a text before its first figure, normalised, or null when it has none.</summary>
    private static string? FirstLabel(string text)
    {
        var first = FigurePattern().Match(text);
        return first.Success && first.Index > 0 ? Labels.Normalize(text[..first.Index]) : null;
    }

    /// <summary>The total a label names when it ends with the budget's revenue or expenditure and nothing narrows it
    /// (2026年度收入预算, 2026年深圳市信访局部门预算支出 — not 项目支出预算, 一般公共预算收入, “三公”经费预算):
    /// <see cref="Context.RevenueTotal"/> or <see cref="Context.ExpenditureTotal"/>; else <see cref="Context.None"/>.</summary>
    private static Context BudgetTotalOf(string label)
    {
        var t = label.TrimEnd().TrimEnd('为', '是', ':', '：').TrimEnd();
        // The clause the figure ends (2026年，本馆支出预算 → 本馆支出预算).
        t = t[(t.LastIndexOfAny([',', '，']) + 1)..];
        Context total = t.EndsWith("收入预算", StringComparison.Ordinal) || t.EndsWith("预算收入", StringComparison.Ordinal) ? Context.RevenueTotal
            : t.EndsWith("支出预算", StringComparison.Ordinal) || t.EndsWith("预算支出", StringComparison.Ordinal) ? Context.ExpenditureTotal
            : Context.None;
        if (total == Context.None || t.IndexOfAny([';', '；']) >= 0)
        {
            return Context.None;
        }
        foreach (var narrower in NarrowerSubjects)
        {
            if (t.Contains(narrower, StringComparison.Ordinal))
            {
                return Context.None;
            }
        }
        return total;
    }

    private static readonly string[] NarrowerSubjects =
        ["一般公共", "基金", "资本", "财政", "拨款", "基本", "项目", "三公", "经费", "采购", "机关", "专户", "事业", "其中", "包括", "年终", "结转", "会议", "培训", "当年", "本年"];

    /// <summary>A sentence that starts by naming the revenue of a fund (（1）一般公共预算拨款收入4,651.67万元，与上年相比…):
    /// the words before its first figure end in 收入 and name a fund source.</summary>
    private static bool IsRevenueOfFund(string unnumbered)
    {
        var first = FigurePattern().Match(unnumbered);
        if (!first.Success || first.Index == 0)
        {
            return false;
        }
        var label = Labels.Normalize(unnumbered[..first.Index]).TrimEnd('为', ':');
        return label.EndsWith("收入", StringComparison.Ordinal) && label.IndexOfAny(['，', ',', '；', ';']) < 0 && SourceAtEnd(label) is not null;
    }

    /// <summary>The fund source named at the end of the text before a figure (主要包括一般公共预算拨款收入): the longest
    /// ending of the text that <see cref="FundingLabels"/> reads as a fund source.</summary>
    private static FundSource? SourceAtEnd(string label)
    {
        for (int start = 0; start < label.Length; start++)
        {
            if (FundingLabels.TryParseFundSource(label.AsSpan(start), out var source))
            {
                // 一般公共预算财政拨款收入: 财政拨款 of the fund named before it.
                return source == FundSource.FiscalAppropriation && FundIn(label[..start]) is { } fund ? fund : source;
            }
        }
        return null;
    }

    /// <summary>The subject of a figure of the performance paragraph: 涉及资金 is the projects' money when the
    /// <paramref name="segment"/> speaks of projects (项目…均实行绩效目标管理，涉及资金…), the overall target's when it
    /// speaks of the 整体 target or of nothing else.</summary>
    private static FactSubject? PerformanceSubject(string label, string unit, FactSubject? head, string segment)
    {
        if (CoverageSubject(label, unit, head, segment) is { } covered)
        {
            return covered;
        }
        bool involves = InvolvedFunds().IsMatch(label);
        if (unit is "万元" or "元" or "亿元" && involves && head is null
            && segment.Contains("项目", StringComparison.Ordinal) && !segment.Contains("整体", StringComparison.Ordinal))
        {
            return new(FactTopic.PerformanceProjects);
        }
        bool Has(string s) => label.Contains(s, StringComparison.Ordinal);
        if ((Has("金额") || Has("资金")) && Has("公开") && head is null) return new(FactTopic.DisclosedPerformanceProjects);
        ProjectCategory? category = Has("人员类") ? ProjectCategory.Personnel : Has("运转类") ? ProjectCategory.Operating : Has("特定目标类") ? ProjectCategory.SpecificPurpose : null;
        if (category is { } c) return new(FactTopic.ProjectsByCategory, Category: c);
        if (Has("整体绩效目标") || (involves && head is null && unit != "个")) return new(FactTopic.OverallPerformanceFunds);
        if (Has("公开项目绩效目标")) return new(FactTopic.DisclosedPerformanceProjects);
        if (Has("纳入绩效目标管理")) return new(FactTopic.PerformanceProjects);
        if ((Has("金额") || Has("资金")) && head is not null) return head;
        return null;
    }

    private static FactSubject? ClassSubject(FactTopic topic, string label, ClassificationCatalog catalog)
    {
        var name = label;
        foreach (var prefix in new[] { "支出包括:", "主要用于以下方面:", "主要用于:" })
        {
            int at = name.IndexOf(prefix, StringComparison.Ordinal);
            if (at >= 0)
            {
                name = name[(at + prefix.Length)..];
            }
        }
        return catalog.TryFindFunctionByName(name, FunctionLevel.Class, out var code) ? new FactSubject(topic, Code: code, Name: name) : null;
    }

    /// <summary>The change verb a label ends with (基本支出增加 → 增加), or null.</summary>
    private static string? ChangeVerbAtEnd(string label)
    {
        var trimmed = label.TrimEnd();
        foreach (var verb in (string[])["增加", "减少", "增长", "下降", "降低", "上升"])
        {
            if (trimmed.Length > verb.Length && trimmed.EndsWith(verb, StringComparison.Ordinal))
            {
                return verb;
            }
        }
        return null;
    }

    /// <summary>True when a label compares with another year: 比, 较, 与上年.</summary>
    private static bool IsComparison(string label) =>
        label.Contains('比', StringComparison.Ordinal) || label.Contains('较', StringComparison.Ordinal) || label.Contains("与上年", StringComparison.Ordinal);

    private static int? ChangeSign(string label)
    {
        if (label.Contains("增加", StringComparison.Ordinal) || label.Contains("增长", StringComparison.Ordinal) || label.Contains("上升", StringComparison.Ordinal))
        {
            return 1;
        }
        if (label.Contains("减少", StringComparison.Ordinal) || label.Contains("下降", StringComparison.Ordinal) || label.Contains("降低", StringComparison.Ordinal))
        {
            return -1;
        }
        return null;
    }

    private static int? ComparedYear(string label)
    {
        var m = DocumentParser.YearMention().Match(label);
        return m.Success ? CellChars.WholeNumber(m.Groups[1].ValueSpan) : null;
    }

    private static int CauseStart(string text)
    {
        int a = text.IndexOf("主要原因", StringComparison.Ordinal);
        int b = text.IndexOf("原因是", StringComparison.Ordinal);
        if (a < 0) return b;
        if (b < 0) return a;
        return Math.Min(a, b);
    }

    /// <summary>Staff figures of 概况: 内设机构7个, 行政编制17名 (事业编制 added), 实有职工18人.</summary>
    internal static Performance.StaffFigures? ReadStaff(string text)
    {
        int? departments = Int(InternalDepartments().Match(text));
        int? authorized = null;
        foreach (Match m in Establishment().Matches(text))
        {
            if (CellChars.WholeNumber(m.Groups[1].ValueSpan) is { } n && (authorized ?? 0) <= int.MaxValue - n)
            {
                authorized = (authorized ?? 0) + n;
            }
        }
        int? actual = Int(ActualStaff().Match(text));
        return departments is null && authorized is null && actual is null ? null
            : new Performance.StaffFigures(InternalDepartments: departments, AuthorizedStaff: authorized, ActualStaff: actual);
    }

    private static int? Int(Match m) => m.Success ? CellChars.WholeNumber(m.Groups[1].ValueSpan) : null;

    /// <summary>A label of only words of time and budget (2026年预算安排, 本年预算数为): it names no subject of its own.</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年度?|本年度?|当年|全年|年初|预算|安排|拟|数|为|是|共|计|财政拨款|支出|[,，:：\s])*$")]
    private static partial Regex NamesNothing();

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)(?<u>万元|亿元|元|%|个|辆|平方米|台（套）|台\(套\)|台)")]
    private static partial Regex FigurePattern();

    /// <summary>The year of a label that is only a year before the budget year's figure (2025年预算数为, 上年执行数): that
    /// year (0 for 上年), or null when the label is something else or its year is not before <paramref name="budgetYear"/>.</summary>
    private static int? PriorYearOf(string label, int? budgetYear)
    {
        var m = PriorYearLabel().Match(label.Trim());
        if (!m.Success)
        {
            return null;
        }
        if (!m.Groups["y"].Success)
        {
            return 0;
        }
        int year = CellChars.WholeNumber(m.Groups["y"].ValueSpan) ?? int.MaxValue;
        return budgetYear is { } budget && year < budget ? year : null;
    }

    [GeneratedRegex(@"^(?:上年|上一年|(?<y>(?:19|20)\d{2})\s*年)(?:年初)?(?:预算数|执行数|预算执行数|预算)\s*(?:为|是)?$")]
    private static partial Regex PriorYearLabel();

    /// <summary>A comparison that names the year before's figure before its amount: 比2025年年初预算数, 较上年执行数, 比上年预算.</summary>
    [GeneratedRegex(@"(?:比|较)\s*(?:上年|上一年|(?:19|20)\d{2}\s*年)(?:年初)?(?:预算数|执行数|预算执行数|预算|决算数)\s*(?:为|是)?\s*$")]
    private static partial Regex PriorFigureLabel();

    /// <summary>The money under targets: 涉及资金, 涉及财政性资金, 涉及预算资金 (not 涉及项目预算资金 of the projects that
    /// report targets, a part of the projects).</summary>
    [GeneratedRegex(@"涉及(?:财政性|预算|财政)?资金")]
    private static partial Regex InvolvedFunds();

    [GeneratedRegex(@"((?:19|20)\d{2})年退休(\d+)(?:人|名)")]
    private static partial Regex Retirements();

    [GeneratedRegex(@"内设(?:机构|科室|职能部门)(\d+)个")]
    private static partial Regex InternalDepartments();

    [GeneratedRegex(@"(?:行政|事业|参公)?编制(?:数)?(\d+)(?:名|人)")]
    private static partial Regex Establishment();

    [GeneratedRegex(@"实有(?:职工|人员|在职人员|在编人员)?(\d+)(?:人|名)")]
    private static partial Regex ActualStaff();
}
