using System.Text;
using BudgetModel.Disclosure;
using BudgetModel.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BudgetModel.Tests.Serialization;

public class RoundTripProperties
{
    [Property(MaxTest = 150)]
    public Property Read_of_write_is_the_same_disclosure() =>
        Prop.ForAll(DisclosureGen.Disclosures.ToArbitrary(), disclosure =>
        {
            var json = DisclosureJson.Write(disclosure);
            var back = DisclosureJson.Read(json);
            Assert.Empty(DisclosureComparer.Differences(disclosure, back));
        });

    [Property(MaxTest = 150)]
    public Property Write_of_read_of_write_is_byte_identical() =>
        Prop.ForAll(DisclosureGen.Disclosures.ToArbitrary(), Arb.From(Gen.Elements(false, true)), (disclosure, indented) =>
        {
            var options = new DisclosureJsonOptions { Indented = indented };
            var bytes = DisclosureJson.WriteToUtf8Bytes(disclosure, options);
            var again = DisclosureJson.WriteToUtf8Bytes(DisclosureJson.Read(bytes, options), options);
            Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(again));
        });

    // The shipped generators (BudgetModel.Testing): whole consistent disclosures, in 万元 and re-published from 元,
    // with every table kind, sheets, the overall sheet and prose facts.
    [Property(MaxTest = 40)]
    public Property Generated_consistent_disclosures_round_trip_exactly() =>
        Prop.ForAll(BudgetModel.Testing.Generators.DisclosureGenerators.Consistent(), disclosure =>
        {
            var bytes = DisclosureJson.WriteToUtf8Bytes(disclosure);
            var back = DisclosureJson.Read(bytes);
            Assert.Empty(DisclosureComparer.Differences(disclosure, back));
            Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(DisclosureJson.WriteToUtf8Bytes(back)));
        });

    [Property(MaxTest = 20)]
    public Property Disclosures_republished_from_yuan_round_trip_exactly() =>
        Prop.ForAll(BudgetModel.Testing.Generators.DisclosureGenerators.FromYuan(), disclosure =>
        {
            var json = DisclosureJson.Write(disclosure);
            Assert.Empty(DisclosureComparer.Differences(disclosure, DisclosureJson.Read(json)));
            Assert.Equal(json, DisclosureJson.Write(DisclosureJson.Read(json)));
        });

    [Property(MaxTest = 100)]
    public Property A_report_reads_back_finding_by_finding() =>
        Prop.ForAll(Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(DisclosureGen.Finding, n)).ToArbitrary(), findings =>
        {
            var report = new BudgetModel.Validation.ValidationReport(findings);
            var json = ReportJson.Write(report);
            var back = ReportJson.Read(json);
            Assert.Equal(findings.Select(DisclosureComparer.Describe), back.Findings.Select(DisclosureComparer.Describe));
            Assert.Equal(json, ReportJson.Write(back));
        });
}
