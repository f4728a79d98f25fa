using System.Globalization;

namespace SNgV.Portal.Web.Data.Seed;

/// <summary>
/// The wording of generated records (the load-test generator and the Development history): tasks, progress reports,
/// applicants and comments as the department writes them, combined from fragments so that volumes look varied
/// without any real person's data.
/// </summary>
public static class GeneratedTexts
{
    private static readonly string[] TaskVerbs =
    [
        "Rà soát", "Tổ chức", "Triển khai", "Tăng cường", "Đẩy mạnh", "Nâng cao chất lượng", "Hoàn thiện",
        "Công khai", "Số hóa", "Theo dõi, đôn đốc", "Kiểm tra", "Tuyên truyền về",
    ];

    private static readonly string[] TaskObjects =
    [
        "thủ tục hành chính thuộc thẩm quyền giải quyết của Sở",
        "hồ sơ hợp pháp hóa lãnh sự, chứng nhận lãnh sự",
        "hoạt động tiếp nhận và trả kết quả tại Bộ phận Một cửa",
        "hội nghị đối thoại với doanh nghiệp có vốn đầu tư nước ngoài",
        "thông tin đối ngoại trên Cổng thông tin điện tử của Sở",
        "công tác xúc tiến đầu tư với các đối tác Lào, Thái Lan",
        "việc xử lý phản ánh, kiến nghị của tổ chức, cá nhân",
        "quy chế quản lý đoàn ra, đoàn vào",
        "công tác quản lý biên giới và cửa khẩu",
        "ứng dụng công nghệ thông tin trong giải quyết hồ sơ",
        "kỷ luật, kỷ cương hành chính của cán bộ, công chức",
        "khảo sát mức độ hài lòng của người dân, doanh nghiệp",
        "việc cập nhật cơ sở dữ liệu người nước ngoài làm việc tại tỉnh",
        "công tác hỗ trợ doanh nghiệp tìm hiểu thị trường nước ngoài",
    ];

    private static readonly string[] TaskContexts =
    [
        "năm {0}", "trên địa bàn tỉnh", "theo chỉ đạo của UBND tỉnh", "gắn với cải thiện chỉ số PCI",
        "nhằm nâng cao chỉ số SIPAS", "phối hợp với các sở, ngành liên quan",
    ];

    private static readonly string[] WorkDone =
    [
        "Đã tiếp nhận và giải quyết {0} hồ sơ, không có hồ sơ quá hạn.",
        "Đã tổ chức {1} cuộc họp với các đơn vị liên quan để triển khai nhiệm vụ.",
        "Đã ban hành văn bản hướng dẫn và gửi các đơn vị phối hợp thực hiện.",
        "Đã đăng tải {0} tin, bài trên Cổng thông tin điện tử của Sở.",
        "Đã rà soát {0} thủ tục hành chính, đề xuất đơn giản hóa {1} thủ tục.",
        "Đã cử {1} lượt cán bộ tham gia tập huấn nghiệp vụ do Bộ Ngoại giao tổ chức.",
        "Đã phối hợp với Sở Kế hoạch và Đầu tư làm việc với {0} doanh nghiệp.",
        "Đã niêm yết công khai đầy đủ thủ tục, mức phí và thời hạn giải quyết tại Bộ phận Một cửa.",
        "Đã tổng hợp ý kiến phản ánh của người dân, doanh nghiệp và trả lời {1} kiến nghị.",
        "Đã cập nhật đầy đủ hồ sơ lên phần mềm một cửa điện tử của tỉnh.",
        "Đã xây dựng dự thảo kế hoạch chi tiết, trình Lãnh đạo Sở cho ý kiến.",
        "Đã kiểm tra việc thực hiện tại {1} đơn vị, chấn chỉnh kịp thời các tồn tại.",
    ];

    private static readonly string[] Difficulties =
    [
        "Nhân lực còn mỏng, một cán bộ phải kiêm nhiệm nhiều việc.",
        "Kinh phí bố trí cho nhiệm vụ còn hạn chế.",
        "Phần mềm một cửa điện tử đôi khi gián đoạn, ảnh hưởng việc cập nhật hồ sơ.",
        "Một số doanh nghiệp chưa phản hồi phiếu khảo sát.",
        "Thời gian chuẩn bị ngắn do trùng lịch với các hoạt động đối ngoại của tỉnh.",
        "Sự phối hợp giữa các đơn vị liên quan có lúc chưa chặt chẽ.",
    ];

    private static readonly string[] Proposals =
    [
        "Đề nghị Văn phòng Sở bố trí thêm kinh phí cho hoạt động tuyên truyền.",
        "Đề nghị Lãnh đạo Sở tăng cường một cán bộ hỗ trợ Bộ phận Một cửa.",
        "Đề nghị Sở Thông tin và Truyền thông hỗ trợ nâng cấp đường truyền.",
        "Kiến nghị UBND tỉnh sớm ban hành quy chế phối hợp liên ngành.",
        "Đề nghị tổ chức tập huấn kỹ năng giao tiếp cho cán bộ tiếp nhận hồ sơ.",
    ];

    private static readonly string[] ReturnComments =
    [
        "Đề nghị bổ sung số liệu cụ thể và tài liệu minh chứng.",
        "Tỷ lệ hoàn thành chưa khớp với nội dung báo cáo, đề nghị rà soát lại.",
        "Đề nghị nêu rõ khó khăn, vướng mắc và đề xuất giải pháp.",
    ];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"];

    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Hữu", "Thu", "Xuân"];

    private static readonly string[] GivenNames =
    [
        "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam",
        "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Vy", "Khánh", "Nhung", "Tâm",
    ];

    private static readonly string[] CompanyKinds = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV"];

    private static readonly string[] CompanyNames =
    [
        "Thương mại Đông Hà", "Xuất nhập khẩu Lao Bảo", "Du lịch Cửa Việt", "Gỗ Quảng Trị", "Năng lượng Hướng Hóa",
        "Logistics Miền Trung", "Nông sản Khe Sanh", "Dịch vụ Hành lang Kinh tế Đông Tây",
    ];

    private static readonly string[] SurveyComments =
    [
        "Cán bộ tiếp nhận nhiệt tình, hướng dẫn chu đáo.",
        "Thời gian chờ vào buổi sáng còn lâu.",
        "Đề nghị bổ sung chỗ ngồi chờ và nước uống.",
        "Thủ tục đơn giản, trả kết quả đúng hẹn.",
        "Mong Sở mở rộng nộp hồ sơ trực tuyến.",
        "Phí, lệ phí được niêm yết rõ ràng.",
    ];

    public static readonly string[] AdditionalDocuments =
    [
        "Bổ sung bản dịch công chứng của giấy tờ nước ngoài.",
        "Bổ sung bản sao hộ chiếu còn thời hạn.",
        "Bổ sung văn bản đồng ý của cơ quan chủ quản.",
    ];

    public static readonly string[] RefusalReasons =
    [
        "Hồ sơ không thuộc thẩm quyền giải quyết của Sở.",
        "Giấy tờ đề nghị hợp pháp hóa có dấu hiệu bị sửa chữa, tẩy xóa.",
    ];

    public static string TaskTitle(Random random, int year) =>
        $"{Pick(random, TaskVerbs)} {Pick(random, TaskObjects)} {string.Format(CultureInfo.InvariantCulture, Pick(random, TaskContexts), year)}";

    public static string Work(Random random, int percent)
    {
        var first = Pick(random, WorkDone);
        var second = Pick(random, WorkDone);
        var text = Fill(first, random) + (second == first ? "" : " " + Fill(second, random));
        return text + string.Create(CultureInfo.InvariantCulture, $" Tiến độ đạt khoảng {percent}% khối lượng công việc.");
    }

    public static string Difficulty(Random random) => Pick(random, Difficulties);

    public static string Proposal(Random random) => Pick(random, Proposals);

    public static string ReturnComment(Random random) => Pick(random, ReturnComments);

    public static string PersonName(Random random) => $"{Pick(random, FamilyNames)} {Pick(random, MiddleNames)} {Pick(random, GivenNames)}";

    public static string CompanyName(Random random) => $"{Pick(random, CompanyKinds)} {Pick(random, CompanyNames)}";

    public static string SurveyComment(Random random) => Pick(random, SurveyComments);

    public static string Phone(Random random) => string.Create(CultureInfo.InvariantCulture, $"09{random.Next(10_000_000, 100_000_000)}");

    public static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Fill(string template, Random random) =>
        string.Format(CultureInfo.InvariantCulture, template, random.Next(5, 120), random.Next(2, 9));
}
