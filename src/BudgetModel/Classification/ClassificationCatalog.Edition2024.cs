namespace BudgetModel.Classification;

public sealed partial class ClassificationCatalog
{
    /// <summary>
    /// The built-in 2024 edition (embedded data, no I/O). It holds every 类 of the 支出功能分类 (the 30 of table 1,
    /// 201 一般公共服务支出 … 234 抗疫特别国债安排的支出; 218, 225, 226 and 228 are unused), the 款 and 项 used by the
    /// 2024 sample disclosure, the 部门 and 政府 economic 类 and 款 of its table 6 with the mapping printed there,
    /// and the revenue codes of its table 7. It is not the whole Ministry of Finance catalogue: load a full edition
    /// with <see cref="FromCsv(TextReader, int)"/> and lay it over this one with <see cref="MergedWith"/>.
    /// </summary>
    public static ClassificationCatalog Edition2024 => Edition2024Holder.Instance;

    private static class Edition2024Holder
    {
        private static ClassificationCatalog Build()
        {
            var data = new CatalogData();
            foreach (var (code, name) in Functions)
            {
                data.Functions.Add(FunctionCode.Parse(code).Packed, name);
            }
            foreach (var (code, name, mapsTo) in Economics)
            {
                var parsed = EconomicCode.Parse(code);
                data.Economics.Add(parsed.Packed, name);
                if (mapsTo is not null)
                {
                    data.ToGovernment.Add(parsed.Packed, EconomicCode.Parse(mapsTo).Packed);
                }
            }
            foreach (var (code, name) in Revenues)
            {
                data.Revenues.Add(RevenueCode.Parse(code).Packed, name);
            }
            return new ClassificationCatalog(2024, data);
        }

        private static readonly (string Code, string Name)[] Functions =
        [
            // 类: table 1, in order (without the ordinals 一、… 三十、).
            ("201", "一般公共服务支出"),
            ("202", "外交支出"),
            ("203", "国防支出"),
            ("204", "公共安全支出"),
            ("205", "教育支出"),
            ("206", "科学技术支出"),
            ("207", "文化旅游体育与传媒支出"),
            ("208", "社会保障和就业支出"),
            ("209", "社会保险基金支出"),
            ("210", "卫生健康支出"),
            ("211", "节能环保支出"),
            ("212", "城乡社区支出"),
            ("213", "农林水支出"),
            ("214", "交通运输支出"),
            ("215", "资源勘探工业信息等支出"),
            ("216", "商业服务业等支出"),
            ("217", "金融支出"),
            ("219", "援助其他地区支出"),
            ("220", "自然资源海洋气象等支出"),
            ("221", "住房保障支出"),
            ("222", "粮油物资储备支出"),
            ("223", "国有资本经营预算支出"),
            ("224", "灾害防治及应急管理支出"),
            ("227", "预备费"),
            ("229", "其他支出"),
            ("230", "转移性支出"),
            ("231", "债务还本支出"),
            ("232", "债务付息支出"),
            ("233", "债务发行费用支出"),
            ("234", "抗疫特别国债安排的支出"),

            // 款 and 项: tables 2, 3, 5, 8 and 9 of the 2024 sample.
            ("20113", "商贸事务"),
            ("2011399", "其他商贸事务支出"),
            ("20805", "行政事业单位养老支出"),
            ("2080501", "行政单位离退休"),
            ("2080505", "机关事业单位基本养老保险缴费支出"),
            ("2080506", "机关事业单位职业年金缴费支出"),
            ("21011", "行政事业单位医疗"),
            ("2101101", "行政单位医疗"),
            ("2101103", "公务员医疗补助"),
            ("21103", "污染防治"),
            ("2110301", "大气"),
            ("21208", "国有土地使用权出让收入安排的支出"),
            ("2120809", "支付破产或改制企业职工安置费"),
            ("21502", "制造业"),
            ("2150201", "行政运行"),
            ("21505", "工业和信息产业监管"),
            ("2150501", "行政运行"),
            ("2150502", "一般行政管理事务"),
            ("2150517", "产业发展"),
            ("21507", "国有资产监管"),
            ("2150799", "其他国有资产监管支出"),
            ("22102", "住房改革支出"),
            ("2210201", "住房公积金"),
            ("22301", "解决历史遗留问题及改革成本支出"),
            ("2230105", "国有企业退休人员社会化管理补助支出"),
        ];

        // Table 6 of the 2024 sample: each 部门 款 with the 政府 款 printed beside it.
        private static readonly (string Code, string Name, string? MapsTo)[] Economics =
        [
            ("301", "工资福利支出", null),
            ("30101", "基本工资", "50101"),
            ("30102", "津贴补贴", "50101"),
            ("30103", "奖金", "50101"),
            ("30108", "机关事业单位基本养老保险缴费", "50102"),
            ("30109", "职业年金缴费", "50102"),
            ("30110", "职工基本医疗保险缴费", "50102"),
            ("30111", "公务员医疗补助缴费", "50102"),
            ("30112", "其他社会保障缴费", "50102"),
            ("30113", "住房公积金", "50103"),
            ("30199", "其他工资福利支出", "50199"),
            ("302", "商品和服务支出", null),
            ("30201", "办公费", "50201"),
            ("30202", "印刷费", "50201"),
            ("30207", "邮电费", "50201"),
            ("30211", "差旅费", "50201"),
            ("30216", "培训费", "50203"),
            ("30217", "公务接待费", "50206"),
            ("30228", "工会经费", "50201"),
            ("30229", "福利费", "50201"),
            ("30231", "公务用车运行维护费", "50208"),
            ("30239", "其他交通费用", "50201"),
            ("303", "对个人和家庭的补助", null),
            ("30302", "退休费", "50905"),
            ("501", "机关工资福利支出", null),
            ("50101", "工资奖金津补贴", null),
            ("50102", "社会保障缴费", null),
            ("50103", "住房公积金", null),
            ("50199", "其他工资福利支出", null),
            ("502", "机关商品和服务支出", null),
            ("50201", "办公经费", null),
            ("50203", "培训费", null),
            ("50206", "公务接待费", null),
            ("50208", "公务用车运行维护费", null),
            ("50299", "其他商品和服务支出", null),
            ("509", "对个人和家庭的补助", null),
            ("50905", "离退休费", null),
        ];

        // Table 7 of the 2024 sample.
        private static readonly (string Code, string Name)[] Revenues =
        [
            ("103", "非税收入"),
            ("10301", "政府性基金收入"),
            ("1030148", "国有土地使用权出让收入"),
        ];

        // Declared after the data: static fields initialise in textual order.
        internal static readonly ClassificationCatalog Instance = Build();
    }
}
