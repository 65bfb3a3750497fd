using BudgetModel.Classification;
using BudgetModel.Disclosure;
using BudgetModel.Funding;
using static BudgetModel.Import.Tests.SeedImport;

namespace BudgetModel.Import.Tests;

/// <summary>The cover, 概况 and the facts and mentions of the seed's prose. Expected values copied from the seed.</summary>
public class SeedProseTests
{
    private static ProseFact[] Facts(FactKind kind, FactTopic topic) =>
        Doc.Facts.Where(f => f.Kind == kind && f.Subject.Topic == topic).ToArray();

    [Fact]
    public void Cover_and_overview_are_read()
    {
        Assert.Equal("汾阳市工业和信息化局", Doc.Unit.Name);
        Assert.Equal(2024, Doc.BudgetYear);
        Assert.StartsWith("汾阳市工业和信息化局主要职责为监测分析工业经济运行态势", Doc.Unit.Duties, StringComparison.Ordinal);
        Assert.Equal(7, Doc.Unit.Staff!.InternalDepartments);
        Assert.Equal(17, Doc.Unit.Staff.AuthorizedStaff);
        Assert.Equal(18, Doc.Unit.Staff.ActualStaff);
        Assert.Contains(Doc.Mentions, m => m.Kind == MentionKind.UnitName && m.Line == 3 && m.Context == "cover");
        Assert.Equal(13, Doc.Mentions.Count(m => m.Kind == MentionKind.UnitName && m.Context!.StartsWith("table header", StringComparison.Ordinal)));
        foreach (var section in new[] { DisclosureSection.Overview, DisclosureSection.Tables, DisclosureSection.Explanation, DisclosureSection.Procurement,
            DisclosureSection.Assets, DisclosureSection.Performance, DisclosureSection.Glossary, DisclosureSection.ThreePublicExplanation })
        {
            Assert.Contains(section, Doc.Sections);
        }
    }

    [Fact]
    public void The_contradicting_specific_purpose_amounts_are_both_read()
    {
        var specific = Doc.Facts.Where(f => f.Kind == FactKind.Amount && f.Subject == new FactSubject(FactTopic.ProjectsByCategory, Category: ProjectCategory.SpecificPurpose)).ToArray();
        Assert.Equal([6225.45m, 6255.45m], specific.Select(f => f.Value));
        Assert.All(specific, f => Assert.Equal((499, "万元", 2), (f.Line!.Value, f.Unit, f.Decimals)));
        Assert.Equal(Wan("6255.45"), specific[1].Amount);
        var counts = Doc.Facts.Where(f => f.Kind == FactKind.Count && f.Subject.Topic == FactTopic.ProjectsByCategory).Select(f => (f.Subject.Category, f.Value));
        Assert.Equal([(ProjectCategory.Operating, 7m), (ProjectCategory.SpecificPurpose, 14m), (ProjectCategory.Operating, 7m), (ProjectCategory.SpecificPurpose, 14m)], counts);
        Assert.Equal([21m], Facts(FactKind.Count, FactTopic.PerformanceProjects).Select(f => f.Value));
        Assert.Equal([6255.63m], Facts(FactKind.Amount, FactTopic.DisclosedPerformanceProjects).Select(f => f.Value));
        var share = Assert.Single(Facts(FactKind.Share, FactTopic.DisclosedPerformanceProjects));
        Assert.Equal((100m, FactTopic.ProjectExpenditure), (share.Value, share.Base!.Topic));
    }

    [Fact]
    public void Revenue_shares_are_read_with_their_base()
    {
        var shares = Facts(FactKind.Share, FactTopic.RevenueBySource);
        Assert.Equal([(FundSource.GeneralPublicBudget, 14.13m), (FundSource.GovernmentFundBudget, 35.08m), (FundSource.StateCapitalOperationBudget, 1.38m),
            (FundSource.FiscalSpecialAccount, 0m), (FundSource.UnitFunds, 0m)], shares.Select(f => (f.Subject.Source!.Value, f.Value)));
        Assert.All(shares, f => Assert.Equal(new FactSubject(FactTopic.TotalRevenue), f.Base));
        Assert.Equal(49.41m, Assert.Single(Facts(FactKind.Share, FactTopic.CarryOverRevenue)).Value);
        Assert.Equal([4.38m], Facts(FactKind.Share, FactTopic.BasicExpenditure).Select(f => f.Value));
        Assert.Equal([95.62m], Facts(FactKind.Share, FactTopic.ProjectExpenditure).Select(f => f.Value));
    }

    [Fact]
    public void Totals_and_changes_are_read_with_their_compared_year()
    {
        Assert.Equal([(6542.05m, 430), (6542.05m, 436)], Facts(FactKind.Amount, FactTopic.TotalRevenue).Select(f => (f.Value, f.Line!.Value)));
        Assert.Equal([6131.69m], Facts(FactKind.ChangeAmount, FactTopic.TotalRevenue).Select(f => f.Value));
        Assert.Equal([1494.22m], Facts(FactKind.ChangePercent, FactTopic.TotalRevenue).Select(f => f.Value));
        Assert.Equal([3309.68m], Facts(FactKind.Amount, FactTopic.CurrentYearExpenditure).Select(f => f.Value));
        var threePublic = Assert.Single(Facts(FactKind.ChangeAmount, FactTopic.ThreePublicTotal));
        Assert.Equal((-0.40m, 2023), (threePublic.Value, threePublic.ComparedYear));
        var operating = Assert.Single(Facts(FactKind.ChangePercent, FactTopic.OperatingExpenses));
        Assert.Equal((-6.76m, 2023, 485), (operating.Value, operating.ComparedYear, operating.Line!.Value));
        Assert.Equal([-0.40m], Facts(FactKind.ChangeAmount, FactTopic.Reception).Select(f => f.Value));
        Assert.Equal([0m], Facts(FactKind.ChangeAmount, FactTopic.VehicleOperation).Select(f => f.Value));
        var gb = Assert.Single(Facts(FactKind.ChangePercent, FactTopic.GeneralBudgetCurrentYear));
        Assert.Equal((188.6m, 1, null), (gb.Value, gb.Decimals, gb.ComparedYear));
    }

    [Fact]
    public void Class_amounts_of_the_prose_carry_their_codes()
    {
        var fiscal = Facts(FactKind.Amount, FactTopic.FiscalExpenditureByClass);
        Assert.Equal(["201", "208", "210", "211", "212", "215", "221", "223"], fiscal.Select(f => f.Subject.Code!.Value.Value));
        Assert.Equal(4026.16m, fiscal.Single(f => f.Subject.Code == FunctionCode.Parse("215")).Value);
        var gbShares = Facts(FactKind.Share, FactTopic.GeneralBudgetByClass);
        Assert.Equal([0.32m, 5.72m, 1.53m, 3.94m, 85.86m, 2.63m], gbShares.Select(f => f.Value));
        Assert.All(gbShares, f => Assert.Equal(FactTopic.GeneralBudgetCurrentYear, f.Base!.Topic));
    }

    [Fact]
    public void Procurement_assets_and_basic_expenditure_are_read()
    {
        Assert.Equal([234.04m], Facts(FactKind.Amount, FactTopic.ProcurementTotal).Select(f => f.Value));
        Assert.Equal([3.39m], Facts(FactKind.Amount, FactTopic.ProcurementGoods).Select(f => f.Value));
        Assert.Equal([0m], Facts(FactKind.Amount, FactTopic.ProcurementWorks).Select(f => f.Value));
        Assert.Equal([230.65m], Facts(FactKind.Amount, FactTopic.ProcurementServices).Select(f => f.Value));
        Assert.Equal([(1m, "辆")], Facts(FactKind.Count, FactTopic.Vehicles).Where(f => f.Subject.Name is null).Select(f => (f.Value, f.Unit)));
        Assert.Equal(7, Facts(FactKind.Count, FactTopic.Vehicles).Count(f => f.Subject.Name is not null));
        Assert.Equal(1m, Facts(FactKind.Count, FactTopic.Vehicles).Single(f => f.Subject.Name == "其他公务用车").Value);
        Assert.Equal([1m], Facts(FactKind.Count, FactTopic.AuthorizedVehicles).Select(f => f.Value));
        Assert.Equal([(275.36m, "平方米", 1233)], Facts(FactKind.Quantity, FactTopic.OfficeFloorArea).Select(f => (f.Value, f.Unit, f.Line!.Value)));
        Assert.Equal(2, Facts(FactKind.Count, FactTopic.Equipment).Length);
        Assert.Equal([(286.42m, 444), (286.42m, 467)], Facts(FactKind.Amount, FactTopic.BasicExpenditure).Select(f => (f.Value, f.Line!.Value)));
        Assert.Equal([258.15m], Facts(FactKind.Amount, FactTopic.PersonnelExpenses).Select(f => f.Value));
        Assert.Equal([6542.05m], Facts(FactKind.Amount, FactTopic.OverallPerformanceFunds).Select(f => f.Value));
    }

    [Fact]
    public void The_cause_clause_names_projects_and_the_carry_over_of_the_project_before_it()
    {
        var projects = Facts(FactKind.Amount, FactTopic.Project).Where(f => f.Line == 430).ToArray();
        Assert.Equal(12, projects.Length);
        Assert.Equal(("全省培育特色专业镇发展资金", 5000m), (projects[0].Subject.Name, projects[0].Value));
        Assert.Equal(("国有企业2017年、2018年退休职工垫交养老金单位部分及滞纳金", 590.72m), (projects[2].Subject.Name, projects[2].Value));
        var carried = Facts(FactKind.Amount, FactTopic.CarryOverRevenue).Single(f => f.Subject.Name is not null);
        Assert.Equal(("全省培育特色专业镇发展资金", 3232.37m), (carried.Subject.Name, carried.Value));
    }

    [Fact]
    public void Years_are_mentioned_with_context()
    {
        var years = Doc.Mentions.Where(m => m.Kind == MentionKind.Year).ToArray();
        Assert.Contains(years, m => m.Year == 2023 && m.Line == 475 && m.Context!.Contains("比2023年减少", StringComparison.Ordinal));
        Assert.Contains(years, m => m.Year == 2023 && m.Line == 1229);
        Assert.DoesNotContain(years, m => m.Line < 44); // not the table of contents
    }
}
