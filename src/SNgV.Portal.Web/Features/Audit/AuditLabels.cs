using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure.Files;

namespace SNgV.Portal.Web.Features.Audit;

/// <summary>The audit log in the words of the screens: record types and fields by their Vietnamese names.</summary>
public static class AuditLabels
{
    /// <summary>The audited record types, in the order the filter offers them.</summary>
    public static readonly IReadOnlyList<(string Type, string Name)> Types =
    [
        (nameof(Plan), "Kế hoạch"),
        (nameof(PlanProvision), "Điều khoản của kế hoạch"),
        (nameof(SolutionArea), "Nội dung – giải pháp"),
        (nameof(PlanTask), "Nhiệm vụ"),
        (nameof(PlanTaskSupportingUnit), "Đơn vị phối hợp"),
        (nameof(ProgressUpdate), "Báo cáo tiến độ"),
        (nameof(EvidenceFile), "Tệp minh chứng"),
        (nameof(PciResult), "Kết quả PCI"),
        (nameof(PciScore), "Điểm chỉ số thành phần PCI"),
        (nameof(PciEdition), "Kỳ công bố PCI"),
        (nameof(PciWeight), "Trọng số PCI"),
        (nameof(PciTarget), "Mục tiêu chỉ số PCI"),
        (nameof(PciIndicator), "Chỉ tiêu PCI"),
        (nameof(PciProvince), "Tỉnh so sánh PCI"),
        (nameof(SolutionAreaPciLink), "Liên kết nội dung – chỉ số PCI"),
        (nameof(PlanTaskPciLink), "Liên kết nhiệm vụ – chỉ số PCI"),
        (nameof(SurveyRound), "Đợt khảo sát"),
        (nameof(Questionnaire), "Mẫu phiếu khảo sát"),
        (nameof(SurveyElement), "Yếu tố của mẫu phiếu"),
        (nameof(Criterion), "Tiêu chí khảo sát"),
        (nameof(ProfileQuestion), "Câu hỏi về người trả lời"),
        (nameof(ProfileOption), "Lựa chọn trả lời về người trả lời"),
        (nameof(Report), "Báo cáo định kỳ"),
        (nameof(Unit), "Đơn vị"),
        (nameof(PortalUser), "Tài khoản"),
    ];

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Plan.Number"] = "Số, ký hiệu",
        ["Plan.Title"] = "Trích yếu",
        ["Plan.Status"] = "Trạng thái kế hoạch",
        ["SolutionArea.Title"] = "Tên nội dung",
        ["PlanTask.Title"] = "Nội dung nhiệm vụ",
        ["ProgressUpdate.Status"] = "Tình trạng thực hiện",
        ["Number"] = "Số thứ tự",
        ["Title"] = "Tên",
        ["Description"] = "Mô tả",
        ["Year"] = "Năm",
        ["IssuedOn"] = "Ngày ban hành",
        ["IssuedAt"] = "Địa danh ban hành",
        ["LegalBasis"] = "Căn cứ ban hành",
        ["SignerTitle"] = "Chức vụ người ký",
        ["SignerName"] = "Người ký",
        ["ClosingText"] = "Đoạn kết",
        ["PlanId"] = "Kế hoạch",
        ["Kind"] = "Loại",
        ["SortOrder"] = "Thứ tự",
        ["Text"] = "Nội dung",
        ["SolutionAreaId"] = "Nội dung – giải pháp",
        ["LeadUnitId"] = "Đơn vị chủ trì",
        ["UnitId"] = "Đơn vị",
        ["PlanTaskId"] = "Nhiệm vụ",
        ["Schedule"] = "Loại nhiệm vụ",
        ["DueOn"] = "Thời hạn",
        ["ReportingFrequency"] = "Kỳ báo cáo",
        ["ExpectedOutput"] = "Sản phẩm dự kiến",
        ["IsArchived"] = "Đã lưu trữ",
        ["CopiedFromPlanId"] = "Sao chép từ kế hoạch",
        ["CopiedFromTaskId"] = "Sao chép từ nhiệm vụ",
        ["CurrentPercent"] = "Tỷ lệ hoàn thành (%)",
        ["CurrentStatus"] = "Tình trạng thực hiện",
        ["LastAcceptedAtUtc"] = "Lần duyệt gần nhất",
        ["EffectiveDueOn"] = "Hạn dùng để theo dõi",
        ["AtRiskFrom"] = "Có nguy cơ chậm từ ngày",
        ["Status"] = "Trạng thái",
        ["PeriodStart"] = "Đầu kỳ báo cáo",
        ["PeriodEnd"] = "Cuối kỳ báo cáo",
        ["Percent"] = "Tỷ lệ hoàn thành (%)",
        ["WorkDone"] = "Kết quả thực hiện",
        ["Difficulties"] = "Khó khăn, vướng mắc",
        ["Proposals"] = "Đề xuất, kiến nghị",
        ["State"] = "Trạng thái duyệt",
        ["CreatedById"] = "Người lập",
        ["CreatedAtUtc"] = "Lập lúc",
        ["UpdatedAtUtc"] = "Sửa lúc",
        ["SubmittedAtUtc"] = "Gửi lúc",
        ["ReviewedAtUtc"] = "Duyệt lúc",
        ["ReviewedById"] = "Người duyệt",
        ["ReviewComment"] = "Ý kiến của Văn phòng",
        ["ProgressUpdateId"] = "Báo cáo tiến độ",
        ["FileName"] = "Tên tệp",
        ["ContentType"] = "Loại tệp",
        ["Length"] = "Dung lượng (byte)",
        ["StorageKey"] = "Nơi lưu tệp",
        ["Sha256"] = "Mã kiểm tra SHA-256",
        ["UploadedById"] = "Người tải lên",
        ["UploadedAtUtc"] = "Tải lên lúc",
        ["PublishedComposite"] = "Chỉ số tổng hợp công bố",
        ["NationalRank"] = "Xếp hạng",
        ["Source"] = "Nguồn",
        ["SourceNote"] = "Nguồn trọng số",
        ["Score"] = "Điểm",
        ["Weight"] = "Trọng số",
        ["PciProvinceId"] = "Tỉnh",
        ["PciSubIndexId"] = "Chỉ số thành phần",
        ["PciResultId"] = "Kết quả PCI",
        ["PciEditionId"] = "Kỳ công bố PCI",
        ["PciIndicator.Name"] = "Tên chỉ tiêu",
        ["RawValue"] = "Giá trị",
        ["Unit"] = "Đơn vị",
        ["Direction"] = "Chiều của chỉ tiêu",
        ["SurveyRound.Name"] = "Tên đợt",
        ["Slug"] = "Địa chỉ ngắn",
        ["OpensOn"] = "Từ ngày",
        ["ClosesOn"] = "Đến ngày",
        ["IsOpen"] = "Đang mở nhận phiếu",
        ["QuestionnaireId"] = "Mẫu phiếu",
        ["Questionnaire.Title"] = "Tên mẫu phiếu",
        ["TitleEn"] = "Tên (tiếng Anh)",
        ["OverallQuestion"] = "Câu hỏi hài lòng chung",
        ["OverallQuestionEn"] = "Câu hỏi hài lòng chung (tiếng Anh)",
        ["Code"] = "Mã",
        ["Version"] = "Phiên bản",
        ["SurveyElement.Name"] = "Tên yếu tố",
        ["NameEn"] = "Tên (tiếng Anh)",
        ["TextEn"] = "Nội dung (tiếng Anh)",
        ["SurveyElementId"] = "Yếu tố",
        ["ProfileQuestionId"] = "Câu hỏi về người trả lời",
        ["Report.Summary"] = "Trích yếu",
        ["DataFrom"] = "Số liệu từ ngày",
        ["DataTo"] = "Chốt số liệu đến ngày",
        ["GeneralAssessment"] = "Đánh giá chung",
        ["Shortcomings"] = "Tồn tại, hạn chế",
        ["Report.Difficulties"] = "Khó khăn, vướng mắc",
        ["Report.Proposals"] = "Đề xuất, kiến nghị",
        ["NextTasks"] = "Nhiệm vụ kỳ tới",
        ["TextFigures"] = "Số liệu dùng để đề xuất nội dung",
        ["ProposedTextHashes"] = "Mã kiểm tra nội dung đề xuất",
        ["SignerAuthority"] = "Thẩm quyền ký",
        ["Report.SignerTitle"] = "Chức vụ người ký",
        ["Report.SignerName"] = "Người ký",
        ["Recipients"] = "Nơi nhận",
        ["Report.State"] = "Trạng thái báo cáo",
        ["LeadershipComment"] = "Ý kiến Lãnh đạo",
        ["Report.Number"] = "Số báo cáo",
        ["Unit.Code"] = "Mã đơn vị",
        ["Unit.Name"] = "Tên đơn vị",
        ["IsActive"] = "Đang sử dụng",
    };

    /// <summary>Fields the log does not show: where a file sits on the server's disk says nothing to a reader.</summary>
    public static bool IsHidden(string field) => field == "StorageKey";

    /// <summary>A file's kind by its MIME type: "PDF", "Word", "Ảnh JPEG"…</summary>
    public static string FileKind(string contentType) =>
        new[] { EvidenceFileTypes.Pdf, EvidenceFileTypes.Docx, EvidenceFileTypes.Xlsx, EvidenceFileTypes.Doc, EvidenceFileTypes.Xls, EvidenceFileTypes.Png, EvidenceFileTypes.Jpeg }
            .FirstOrDefault(t => t.ContentType == contentType) is { } type
            ? (type.ContentType.StartsWith("image/", StringComparison.Ordinal) ? $"Ảnh {type.Name}" : type.Name)
            : contentType;

    public static bool IsKnownType(string? type) => Types.Any(t => t.Type == type);

    public static string TypeName(string type) => Types.FirstOrDefault(t => t.Type == type).Name ?? type;

    public static string FieldName(string type, string field) =>
        Fields.TryGetValue($"{type}.{field}", out var specific) ? specific
        : Fields.TryGetValue(field, out var common) ? common
        : field;

    /// <summary>An enumeration value by its Vietnamese name, where the domain has one.</summary>
    public static string EnumName(object value) => value switch
    {
        TaskSchedule v => DisplayNames.Of(v),
        ReportingFrequency v => DisplayNames.Of(v),
        PlanStatus v => DisplayNames.Of(v),
        TaskProgressStatus v => DisplayNames.Of(v),
        ProgressUpdateState v => DisplayNames.Of(v),
        ReportState v => DisplayNames.Of(v),
        ReportKind v => DisplayNames.Of(v),
        PciDirection v => DisplayNames.Of(v),
        PlanProvisionKind v => v switch
        {
            PlanProvisionKind.Purpose => "Mục đích",
            PlanProvisionKind.Requirement => "Yêu cầu",
            PlanProvisionKind.Implementation => "Tổ chức thực hiện",
            PlanProvisionKind.Recipient => "Nơi nhận",
            _ => v.ToString(),
        },
        _ => value.ToString() ?? "",
    };
}
